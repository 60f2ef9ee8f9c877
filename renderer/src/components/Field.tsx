import { useId, type ReactElement, type ReactNode, cloneElement } from 'react';

/**
 * A labelled form control with its hint and error wired for assistive technology:
 * the label names it, aria-describedby reads the hint and error, aria-invalid flags it.
 */
export function Field(props: {
  label: string;
  hint?: string;
  error?: string | undefined;
  /** Smaller label, for fields packed in a grid. */
  compact?: boolean;
  /** A line on the control's current state (a long text's counter), read with its description. */
  status?: ReactNode;
  children: ReactElement<Record<string, unknown>>;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const statusId = `${id}-status`;
  const describedBy = [
    props.hint ? hintId : null,
    props.status ? statusId : null,
    props.error ? errorId : null,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`field${props.compact ? ' compact' : ''}${props.error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      {cloneElement(props.children, {
        id,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': props.error ? true : undefined,
      })}
      {props.hint ? (
        <p id={hintId} className="field-hint">
          {props.hint}
        </p>
      ) : null}
      {props.status ? (
        <p id={statusId} className="field-status">
          {props.status}
        </p>
      ) : null}
      {props.error ? (
        <p id={errorId} className="field-error">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
