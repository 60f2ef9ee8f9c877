import { useEffect, useRef } from 'react';

// The first section shown after start-up keeps focus at the top of the page, so the skip
// link and navigation come first for keyboard users; later sections take focus.
let aSectionWasShown = false;

/**
 * Each section's <h1>. When the user moves to another section it takes focus, so keyboard
 * and screen-reader users land on the new content instead of on the link they pressed.
 *
 * The focus moves just after the new section is painted (a frame, then a task), never while
 * it is being committed: focusing needs an up-to-date layout, and asking for it before the
 * paint would force the whole new section to be laid out inside the click's task.
 */
export function SectionHeading({ title, intro }: { title: string; intro?: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!aSectionWasShown) {
      aSectionWasShown = true;
      return;
    }
    // Where focus was when the section opened (the link pressed): if the user has moved it
    // since (clicked a field), it stays where they put it.
    const before = document.activeElement;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        if (document.activeElement === before) heading.current?.focus({ preventScroll: true });
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
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
