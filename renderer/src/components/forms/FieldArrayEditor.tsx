import type { ReactNode } from 'react';
import {
  useFieldArray,
  type ArrayPath,
  type Control,
  type FieldArray,
  type FieldValues,
} from 'react-hook-form';

/**
 * A repeated group of fields in a react-hook-form form (contacts, assessments, evidence…):
 * each entry in its own numbered fieldset with a Remove button, and Add until the contract's
 * limit. The caller renders an entry's fields from its index.
 */
export function FieldArrayEditor<T extends FieldValues, N extends ArrayPath<T>>(props: {
  control: Control<T>;
  name: N;
  legend: string;
  /** "Contact 2": the entry's own legend, from its number (1-based). */
  itemLegend: (number: number) => string;
  addLabel: string;
  removeLabel: (number: number) => string;
  /** The contract's largest count; Add disappears at it. */
  max: number;
  blank: () => FieldArray<T, N>;
  renderItem: (index: number) => ReactNode;
}) {
  const { fields, append, remove } = useFieldArray({ control: props.control, name: props.name });
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {fields.map((field, index) => (
        <fieldset key={field.id} className="sub-fieldset">
          <legend>{props.itemLegend(index + 1)}</legend>
          {props.renderItem(index)}
          <button type="button" className="button secondary small" onClick={() => remove(index)}>
            {props.removeLabel(index + 1)}
          </button>
        </fieldset>
      ))}
      {fields.length < props.max ? (
        <button type="button" className="button secondary small" onClick={() => append(props.blank())}>
          {props.addLabel}
        </button>
      ) : null}
    </fieldset>
  );
}
