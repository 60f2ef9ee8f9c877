import type { UseFormRegisterReturn } from 'react-hook-form';
import { useDatePatternHint } from './use-date-pattern-hint';
import { useFormatters } from './use-formatters';
import { Field } from './Field';

type Binding =
  | { registration: UseFormRegisterReturn; value?: never; onChange?: never }
  | { registration?: never; value: string; onChange: (text: string) => void };

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
  } & Binding,
) {
  const formatters = useFormatters();
  const defaultHint = useDatePatternHint(formatters.datePattern).text;
  const binding = props.registration
    ? props.registration
    : { value: props.value, onChange: (e: { target: { value: string } }) => props.onChange(e.target.value) };
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
