/**
 * What the browser benchmarks read from the page: long tasks (the Long Tasks API reports every
 * task over 50 ms) and interactions (Event Timing: input to the next paint, as INP counts it).
 * The page code is a string because this folder is type-checked for Node.
 */
import type { Page } from 'playwright-core';

export const WATCH_MAIN_THREAD = `
  window.seen = { longTasks: [], longTaskEnds: [], handlers: [], toPaint: [] };
  // Entries arrive after the fact, some long after (an input with nothing to repaint is
  // reported with the next paint, seconds later): each counts for the step it started in.
  window.seenSince = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.startTime < window.seenSince) continue;
      window.seen.longTasks.push(entry.duration);
      window.seen.longTaskEnds.push(entry.startTime + entry.duration);
    }
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.startTime < window.seenSince) continue;
      window.seen.handlers.push(entry.processingEnd - entry.processingStart);
      window.seen.toPaint.push(entry.duration);
    }
  }).observe({ type: 'event', durationThreshold: 16 });
`;

export interface Seen {
  longTasks: number[];
  longTaskEnds: number[];
  handlers: number[];
  toPaint: number[];
}

export const longest = (values: readonly number[]) => values.reduce((max, value) => Math.max(max, value), 0);
export const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export async function resetSeen(page: Page): Promise<void> {
  await page.evaluate(
    'Object.keys(window.seen).forEach((key) => { window.seen[key] = []; }); window.seenSince = performance.now();',
  );
}

export async function readSeen(page: Page): Promise<Seen> {
  return page.evaluate<Seen>('window.seen');
}

/**
 * Waits until the page's thread has had no long task for `quietMs` (idle prefetching and
 * deferred cards done), or `limitMs` at most, so one measurement does not pay for another's
 * leftovers.
 */
export async function waitForQuiet(page: Page, quietMs = 600, limitMs = 10_000): Promise<void> {
  await page.evaluate(
    `new Promise((done) => {
      const started = performance.now();
      const check = () => {
        const last = Math.max(0, ...window.seen.longTaskEnds);
        const now = performance.now();
        if (now - Math.max(last, started) >= ${quietMs} || now - started >= ${limitMs}) done();
        else setTimeout(check, 100);
      };
      requestIdleCallback(check, { timeout: 500 });
    })`,
  );
}
