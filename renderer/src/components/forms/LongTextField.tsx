import { useWatch, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { announcement, counterMessage, textLength, type Counting } from '../../domain/forms/text-length';
import { Field } from '../Field';
import { bindingProps, type FieldBinding } from './field-binding';

export interface LongTextProps {
  label: string;
  hint?: string;
  error?: string | undefined;
  compact?: boolean;
  /** The contract's limit for this text. */
  max: number;
  /** A multi-line box of this many rows; a single-line input when left out. */
  rows?: number;
  inputMode?: 'text' | 'url' | 'email';
  autoComplete?: string;
  counting?: Counting;
  /** For a controlled box saved on leaving it (a registered one has react-hook-form's). */
  onBlur?: () => void;
}

/**
 * A free text with a limit that is never enforced by cutting (no maxLength: it stops typing
 * and cuts a paste without a word). From 80 % of the limit a counter shows under the field and
 * is part of its description (read on focus, not on each keystroke); past the limit it says by
 * how much, in the error colour. A polite status line speaks only when the limit is reached or
 * passed. Saving is refused by the form's schema (typed-fields' textField) until it is shorter.
 */
export function LongTextBox(props: LongTextProps & FieldBinding & { text: string }) {
  const { t } = useTranslation();
  const length = textLength(props.text, props.max, props.counting);
  const counter = counterMessage(length);
  const spoken = announcement(length);
  const binding = { ...bindingProps(props), ...(props.onBlur ? { onBlur: props.onBlur } : {}) };
  const status = length.showCounter ? (
    <span className={length.over > 0 ? 'length-over' : undefined}>
      {t(counter.key as 'forms.counterOver', counter.values)}
    </span>
  ) : undefined;
  return (
    <>
      <Field
        compact={props.compact}
        label={props.label}
        hint={props.hint}
        error={props.error}
        status={status}
      >
        {props.rows ? (
          <textarea rows={props.rows} {...binding} />
        ) : (
          <input type="text" inputMode={props.inputMode} autoComplete={props.autoComplete} {...binding} />
        )}
      </Field>
      {/* The same words while the state lasts, so a screen reader hears each change once. */}
      <span role="status" className="visually-hidden">
        {spoken ? t(spoken.key as 'forms.announceOver', spoken.values) : ''}
      </span>
    </>
  );
}

/** A LongTextBox bound to a react-hook-form field: registered, and watched for its counter. */
export function LongTextField<T extends FieldValues>(
  props: LongTextProps & { control: Control<T>; name: Path<T> },
) {
  const { control, name, ...rest } = props;
  const text: unknown = useWatch({ control, name });
  return (
    <LongTextBox
      {...rest}
      text={typeof text === 'string' ? text : ''}
      registration={control.register(name)}
    />
  );
}
