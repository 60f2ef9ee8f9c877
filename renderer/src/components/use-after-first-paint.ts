import { useEffect, useState } from 'react';

/**
 * False for the first render, true once the browser has painted it: work behind it (Today's
 * projections) never delays the heading. A frame callback runs just before the paint; the
 * timeout after it runs once the paint is done.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
