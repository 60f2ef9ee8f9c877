import { useTranslation } from 'react-i18next';
import type { Requirement } from '../../../../../preload/contract/skills-section';

export interface SkillChoice {
  id: string;
  name: string;
}

/** Editable rows of (skill, importance, level needed); labelled per row for screen readers. */
export function RequirementRows(props: {
  legend: string;
  /** Names row n for assistive technology, e.g. "Required skill 2". */
  rowName: (n: number) => string;
  addLabel: string;
  rows: Requirement[];
  choices: SkillChoice[];
  onChange: (rows: Requirement[]) => void;
}) {
  const { t } = useTranslation();
  const update = (index: number, change: Partial<Requirement>) =>
    props.onChange(props.rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.rows.map((row, index) => {
        const label = props.rowName(index + 1);
        return (
          <div key={index} className="inline-fields requirement-row">
            <select
              aria-label={label}
              value={row.skillId}
              onChange={(e) => update(index, { skillId: e.target.value })}
            >
              {props.choices.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.name}
                </option>
              ))}
            </select>
            <select
              aria-label={t('skills.editor.rowWeight', { row: label })}
              value={row.weight}
              onChange={(e) => update(index, { weight: Number(e.target.value) })}
            >
              {[1, 2, 3, 4, 5].map((weight) => (
                <option key={weight} value={weight}>
                  {weight}
                </option>
              ))}
            </select>
            <select
              aria-label={t('skills.editor.rowLevel', { row: label })}
              value={row.level}
              onChange={(e) => update(index, { level: Number(e.target.value) })}
            >
              {[1, 2, 3, 4].map((level) => (
                <option key={level} value={level}>
                  {level} – {t(`skills.levels.${level}` as 'skills.levels.1')}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button secondary small"
              onClick={() => props.onChange(props.rows.filter((_, i) => i !== index))}
            >
              {t('skills.editor.remove', { row: label })}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="button secondary"
        onClick={() =>
          props.onChange([
            ...props.rows,
            { skillId: props.choices[0]?.id ?? 'rubric-grading', weight: 3, level: 3 },
          ])
        }
      >
        {props.addLabel}
      </button>
    </fieldset>
  );
}
