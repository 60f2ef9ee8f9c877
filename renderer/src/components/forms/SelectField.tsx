import { bindingProps, type FieldBinding } from './field-binding';
import { Field } from '../Field';

export interface SelectOption {
  value: string;
  label: string;
  /** The option's own language, for a language picker. */
  lang?: string;
}

/** A labelled choice among fixed options, bound to react-hook-form or controlled. */
export function SelectField(
  props: {
    label: string;
    options: readonly SelectOption[];
    hint?: string;
    error?: string | undefined;
    compact?: boolean;
  } & FieldBinding,
) {
  const binding = bindingProps(props);
  return (
    <Field compact={props.compact} label={props.label} hint={props.hint} error={props.error}>
      <select {...binding}>
        {props.options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
