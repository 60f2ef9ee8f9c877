import { useEffect, useRef } from 'react';

// The first section shown after start-up keeps focus at the top of the page, so the skip
// link and navigation come first for keyboard users; later sections take focus.
let aSectionWasShown = false;

/**
 * Each section's <h1>. When the user moves to another section it takes focus, so keyboard
 * and screen-reader users land on the new content instead of on the link they pressed.
 */
export function SectionHeading({ title, intro }: { title: string; intro?: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (aSectionWasShown) heading.current?.focus({ preventScroll: true });
    aSectionWasShown = true;
  }, []);
  return (
    <header className="section-heading">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {intro ? <p className="section-intro">{intro}</p> : null}
    </header>
  );
}
