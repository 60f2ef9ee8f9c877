import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SkillsSection } from '../../../../../preload/contract/skills-section';
import { confirmAllSuggestions, confirmSuggestion, dismissSuggestion } from '../../../state/skills-store';
import { LevelSelect } from '../LevelSelect';

function Suggestion(props: {
  skillId: string;
  level: number;
  name: string;
  onPick: (level: number) => void;
}) {
  const { t } = useTranslation();
  const { skillId, level, name } = props;
  return (
    <li className="suggestion">
      <span className="skill-name">{name}</span>
      <LevelSelect
        value={level}
        onChange={props.onPick}
        label={t('skills.suggestions.levelFor', { skill: name })}
      />
      <button type="button" className="button primary" onClick={() => void confirmSuggestion(skillId, level)}>
        {t('skills.suggestions.confirm', { skill: name })}
      </button>
      <button type="button" className="button secondary" onClick={() => void dismissSuggestion(skillId)}>
        {t('skills.suggestions.skip', { skill: name })}
      </button>
    </li>
  );
}

/**
 * Suggested skills wait here until the user confirms (with a level) or skips each one, or
 * confirms them all at once at the levels shown. The levels picked live here, not in each
 * row, so "Confirm all" uses what the user sees on screen.
 */
export function Suggestions({ section, nameOf }: { section: SkillsSection; nameOf: (id: string) => string }) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<ReadonlyMap<string, number>>(new Map());
  const [confirmed, setConfirmed] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);
  const result = useRef<HTMLParagraphElement>(null);
  const count = section.suggestions.length;
  // New suggestions make the last "confirmed" sentence old news (React's adjust-in-render).
  if (count > 0 && confirmed !== null) setConfirmed(null);

  const confirmAll = async () => {
    const error = await confirmAllSuggestions(picked);
    setFailed(error !== null);
    if (error) return;
    setPicked(new Map());
    setConfirmed(count);
    // The button and its list are gone: focus goes to the sentence that says what happened.
    result.current?.focus();
  };

  return (
    <>
      {count > 0 ? (
        <section className="card" aria-labelledby="suggestions-title">
          <h2 id="suggestions-title">{t('skills.suggestions.title')}</h2>
          <ul className="plain-list">
            {section.suggestions.map((suggestion) => (
              <Suggestion
                key={suggestion.skillId}
                skillId={suggestion.skillId}
                level={picked.get(suggestion.skillId) ?? suggestion.level}
                name={nameOf(suggestion.skillId)}
                onPick={(level) => setPicked((current) => new Map(current).set(suggestion.skillId, level))}
              />
            ))}
          </ul>
          {/* One suggestion has its own Confirm button; "all" starts to help at two. */}
          {count > 1 ? (
            <div className="form-actions">
              <button type="button" className="button primary" onClick={() => void confirmAll()}>
                {t('skills.suggestions.confirmAll', { count })}
              </button>
            </div>
          ) : null}
          {failed ? (
            <p className="field-error" role="alert">
              {t('skills.suggestions.confirmAllFailed')}
            </p>
          ) : null}
        </section>
      ) : null}
      {/* Always in the page, so screen readers hear the sentence when it is filled. */}
      <p
        ref={result}
        tabIndex={-1}
        role="status"
        className={confirmed !== null && count === 0 ? 'form-saved' : 'visually-hidden'}
      >
        {confirmed !== null && count === 0 ? t('skills.suggestions.confirmedAll', { count: confirmed }) : ''}
      </p>
    </>
  );
}
