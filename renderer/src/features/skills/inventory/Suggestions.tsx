import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SkillsSection } from '../../../../../preload/contract/skills-section';
import { confirmSuggestion, dismissSuggestion } from '../../../state/skills-store';
import { LevelSelect } from '../LevelSelect';

function Suggestion({ skillId, level, name }: { skillId: string; level: number; name: string }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState(level);
  return (
    <li className="suggestion">
      <span className="skill-name">{name}</span>
      <LevelSelect
        value={chosen}
        onChange={setChosen}
        label={t('skills.suggestions.levelFor', { skill: name })}
      />
      <button
        type="button"
        className="button primary"
        onClick={() => void confirmSuggestion(skillId, chosen)}
      >
        {t('skills.suggestions.confirm', { skill: name })}
      </button>
      <button type="button" className="button secondary" onClick={() => void dismissSuggestion(skillId)}>
        {t('skills.suggestions.skip', { skill: name })}
      </button>
    </li>
  );
}

/** Suggested skills wait here until the user confirms (with a level) or skips each one. */
export function Suggestions({ section, nameOf }: { section: SkillsSection; nameOf: (id: string) => string }) {
  const { t } = useTranslation();
  if (section.suggestions.length === 0) return null;
  return (
    <section className="card" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">{t('skills.suggestions.title')}</h2>
      <ul className="plain-list">
        {section.suggestions.map((suggestion) => (
          <Suggestion
            key={suggestion.skillId}
            skillId={suggestion.skillId}
            level={suggestion.level}
            name={nameOf(suggestion.skillId)}
          />
        ))}
      </ul>
    </section>
  );
}
