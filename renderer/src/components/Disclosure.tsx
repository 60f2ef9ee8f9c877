import { useState, type ReactNode } from 'react';

/**
 * A <details> whose content is built only while it is open. A list of 300 milestones (or
 * every rated skill) would otherwise render 300 hidden forms on every change. Opening
 * builds the form fresh from the saved values.
 */
export function Disclosure(props: { summary: string; className?: string; children: () => ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className={props.className} open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{props.summary}</summary>
      {open ? props.children() : null}
    </details>
  );
}
