import type { ReactNode } from 'react';

/**
 * An area that scrolls sideways inside the page (a wide table, the board). It takes focus, so
 * keyboard users can scroll it with the arrow keys even where nothing inside is focusable
 * (WCAG 2.1.1), and it is a named region, so screen readers say what it holds. Its edge
 * fades while there is more to see (styles/scroll-regions.css, `.scroll-area`).
 */
export function ScrollArea(
  props: { className?: string; children: ReactNode } & (
    { label: string; labelledBy?: never } | { labelledBy: string; label?: never }
  ),
) {
  return (
    <div
      className={['scroll-area', props.className].filter(Boolean).join(' ')}
      role="region"
      // A scrolling region must take focus so keyboard users can scroll it (WCAG 2.1.1).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      aria-label={props.label}
      aria-labelledby={props.labelledBy}
    >
      {props.children}
    </div>
  );
}
