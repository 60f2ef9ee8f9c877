/**
 * Resolves once the browser has painted what is on screen now: a frame callback runs just
 * before the paint, a timeout queued from it runs after the paint is done. A window that is
 * hidden or minimised gets no frame callbacks, and start-up must not wait for it to be shown:
 * after `fallbackMs` it goes on regardless.
 */
export function afterNextPaint(fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, fallbackMs);
  });
}
