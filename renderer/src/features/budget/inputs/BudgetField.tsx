import { useId } from 'react';
import { Field } from '../../../components/Field';
import type { FieldSpec } from './field-values';

/** One typed field of a budget form, by its kind: text, amount, date, number, choice, tick. */
export function BudgetField(props: {
  spec: FieldSpec;
  value: string | boolean;
  dateHint: string;
  error: string | undefined;
  onChange: (value: string | boolean) => void;
}) {
  const { spec } = props;
  const id = useId();
  if (spec.kind === 'checkbox') {
    return (
      <div className="field compact checkbox-field">
        <input
          id={id}
          type="checkbox"
          checked={props.value === true}
          onChange={(e) => props.onChange(e.target.checked)}
        />
        <label htmlFor={id}>{spec.label}</label>
      </div>
    );
  }
  const hint =
    spec.hint ?? (spec.kind === 'day' || spec.kind === 'optional-day' ? props.dateHint : undefined);
  const text = String(props.value);
  return (
    <Field compact label={spec.label} hint={hint} error={props.error}>
      {spec.kind === 'select' ? (
        <select value={text} onChange={(e) => props.onChange(e.target.value)}>
          {spec.options?.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          type="text"
          inputMode={
            spec.kind === 'text'
              ? undefined
              : spec.kind === 'int' || spec.kind.endsWith('day')
                ? 'numeric'
                : 'decimal'
          }
          autoComplete="off"
          className={spec.kind === 'int' ? 'hours-input' : undefined}
          value={text}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
