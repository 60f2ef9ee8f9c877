import type { ReactNode, Ref } from 'react';

/**
 * An area that scrolls sideways inside the page (a wide table, the board). It takes focus, so
 * keyboard users can scroll it with the arrow keys even where nothing inside is focusable
 * (WCAG 2.1.1), and it is a named region, so screen readers say what it holds. Its edge
 * fades while there is more to see (styles/scroll-regions.css, `.scroll-area`).
 *
 * `ref` reaches the scrolling element itself, e.g. for a virtualiser that watches its scroll.
 */
export function ScrollArea({
  ref,
  ...props
}: { className?: string; children: ReactNode; ref?: Ref<HTMLDivElement> } & (
  { label: string; labelledBy?: never } | { labelledBy: string; label?: never }
)) {
  return (
    <div
      ref={ref}
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
