import { Field } from './Field';

/**
 * A typed date (in the locale's short form or ISO), with the format as its hint. Text, not
 * <input type="date">: the native picker follows the OS language and its own day order.
 */
export function DayField(props: {
  label: string;
  hint: string;
  value: string;
  onChange: (text: string) => void;
  error?: string | undefined;
}) {
  return (
    <Field compact label={props.label} hint={props.hint} error={props.error}>
      <input
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </Field>
  );
}
