import { useFieldArray, type Control, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SKILLS_LIMITS } from '../../../../../preload/contract/skills-section';
import { blankRequirement, type DomainEditorValues } from './domain-editor-form-model';

export interface SkillChoice {
  id: string;
  name: string;
}

const range = ({ min, max }: { min: number; max: number }) =>
  Array.from({ length: max - min + 1 }, (_, i) => min + i);

/** Editable rows of (skill, importance, level needed); labelled per row for screen readers. */
export function RequirementRows(props: {
  control: Control<DomainEditorValues>;
  register: UseFormRegister<DomainEditorValues>;
  name: 'required' | 'optional';
  legend: string;
  /** Names row n for assistive technology, e.g. "Required skill 2". */
  rowName: (n: number) => string;
  addLabel: string;
  choices: SkillChoice[];
}) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: props.control, name: props.name });
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {fields.map((field, index) => {
        const label = props.rowName(index + 1);
        return (
          <div key={field.id} className="inline-fields requirement-row">
            <select aria-label={label} {...props.register(`${props.name}.${index}.skillId`)}>
              {props.choices.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.name}
                </option>
              ))}
            </select>
            <select
              aria-label={t('skills.editor.rowWeight', { row: label })}
              {...props.register(`${props.name}.${index}.weight`)}
            >
              {range(SKILLS_LIMITS.weight).map((weight) => (
                <option key={weight} value={weight}>
                  {weight}
                </option>
              ))}
            </select>
            <select
              aria-label={t('skills.editor.rowLevel', { row: label })}
              {...props.register(`${props.name}.${index}.level`)}
            >
              {range(SKILLS_LIMITS.level).map((level) => (
                <option key={level} value={level}>
                  {level} – {t(`skills.levels.${level}` as 'skills.levels.1')}
                </option>
              ))}
            </select>
            <button type="button" className="button secondary small" onClick={() => remove(index)}>
              {t('skills.editor.remove', { row: label })}
            </button>
          </div>
        );
      })}
      {fields.length < SKILLS_LIMITS.requirements ? (
        <button
          type="button"
          className="button secondary"
          onClick={() => append(blankRequirement(props.choices[0]?.id ?? 'rubric-grading'))}
        >
          {props.addLabel}
        </button>
      ) : null}
    </fieldset>
  );
}
