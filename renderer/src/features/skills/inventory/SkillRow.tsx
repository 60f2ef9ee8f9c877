import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { setLevel } from '../../../state/skills-store';
import { Disclosure } from '../../../components/Disclosure';
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
        <Disclosure className="evidence-toggle" summary={t('skills.evidence.toggle', { skill: name })}>
          {() => <EvidenceForm rating={rating} />}
        </Disclosure>
      ) : null}
    </li>
  );
}
