import { bindingProps, type FieldBinding } from './forms/field-binding';
import { useDatePatternHint } from './use-date-pattern-hint';
import { useFormatters } from './use-formatters';
import { Field } from './Field';

/**
 * Every date the user types goes through this field: text in the locale's short form (or
 * ISO), with the format as its hint. Text, not <input type="date">: the native picker follows
 * the OS language and its own day order. Bound to a react-hook-form field (`registration`)
 * or controlled (`value`, `onChange`).
 */
export function DayField(
  props: {
    label: string;
    /** The format hint; the app's date format when left out. */
    hint?: string;
    error?: string | undefined;
    /** Smaller label, for fields packed in a grid (the default). */
    compact?: boolean;
  } & FieldBinding,
) {
  const formatters = useFormatters();
  const defaultHint = useDatePatternHint(formatters.datePattern).text;
  const binding = bindingProps(props);
  return (
    <Field
      compact={props.compact ?? true}
      label={props.label}
      hint={props.hint ?? defaultHint}
      error={props.error}
    >
      <input type="text" inputMode="numeric" autoComplete="off" {...binding} />
    </Field>
  );
}
