import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { blankRating, setLevel } from '../../../state/skills-store';
import type { SkillRating } from '../../../../../preload/contract/skills-section';
import { LevelSelect } from '../LevelSelect';
import { EvidenceForm } from './EvidenceForm';

/** One skill: its level (saved at once) and, folded away, the evidence behind it. */
export function SkillRow({
  skillId,
  name,
  rating,
}: {
  skillId: string;
  name: string;
  rating: SkillRating | undefined;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <li className="skill-row">
      <label htmlFor={id} className="skill-name">
        {name}
      </label>
      <LevelSelect id={id} value={rating?.level ?? 0} onChange={(level) => void setLevel(skillId, level)} />
      {rating ? (
        <details className="evidence-toggle">
          <summary>{t('skills.evidence.toggle', { skill: name })}</summary>
          <EvidenceForm rating={rating ?? blankRating(skillId, 0)} />
        </details>
      ) : null}
    </li>
  );
}
