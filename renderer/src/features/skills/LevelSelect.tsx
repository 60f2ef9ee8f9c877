import { useTranslation } from 'react-i18next';
import { SKILL_LEVELS } from '../../../../preload/contract/skills-section';

/** Levels 0–4, each option spelling out what the level means (its anchor). */
export function LevelSelect(props: {
  id?: string;
  value: number;
  onChange: (level: number) => void;
  label?: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <select
      id={props.id}
      aria-label={props.label}
      value={props.value}
      disabled={props.disabled}
      onChange={(event) => props.onChange(Number(event.target.value))}
    >
      {SKILL_LEVELS.map((level) => (
        <option key={level} value={level}>
          {t('skills.levelOption', {
            level,
            name: t(`skills.levels.${level}`),
            anchor: t(`skills.anchors.${level}`),
          })}
        </option>
      ))}
    </select>
  );
}
