/**
 * Resolves once the browser has painted what is on screen now: a frame callback runs just
 * before the paint, a timeout queued from it runs after the paint is done.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
