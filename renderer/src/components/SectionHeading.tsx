import { useEffect, useRef } from 'react';

/**
 * Each section's <h1>. It takes focus when the section opens, so keyboard and screen-reader
 * users land on the new content instead of staying on the link they pressed.
 */
export function SectionHeading({ title, intro }: { title: string; intro?: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
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
