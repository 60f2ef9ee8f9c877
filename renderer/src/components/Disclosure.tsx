import { useState, type ReactNode } from 'react';

/**
 * A <details> whose content is built only while it is open. A list of 300 milestones (or
 * every rated skill) would otherwise render 300 hidden forms on every change. Opening
 * builds the form fresh from the saved values. `initiallyOpen`: a helper the user left half
 * done is open again on coming back, not hidden behind its summary.
 */
export function Disclosure(props: {
  summary: string;
  className?: string;
  initiallyOpen?: boolean;
  children: () => ReactNode;
}) {
  const [open, setOpen] = useState(props.initiallyOpen ?? false);
  return (
    <details className={props.className} open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{props.summary}</summary>
      {open ? props.children() : null}
    </details>
  );
}
