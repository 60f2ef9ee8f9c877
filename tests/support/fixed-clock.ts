/**
 * Every vitest test runs with today fixed, so no result depends on the day the suite runs.
 * The default is an ordinary mid-month Wednesday; `npm run test:calendar` runs the suites
 * again on the hard days (see HARD_DAYS in vitest.config.ts) through PASSERELLE_TEST_TODAY.
 * Only Date is faked, and it keeps moving from there, so timers, debounces and user-event's
 * delays behave as in real life. A test that needs another day sets it with vi.setSystemTime.
 */
import { afterEach, beforeEach, vi } from 'vitest';

export const DEFAULT_TEST_TODAY = '2026-11-18';

const today = process.env.PASSERELLE_TEST_TODAY || DEFAULT_TEST_TODAY;

/** The suite's today (YYYY-MM-DD), for tests that build data relative to it. */
export const fixedClockToday = (): string => today;
if (!/^\d{4}-\d{2}-\d{2}$/.test(today))
  throw new Error(`PASSERELLE_TEST_TODAY must be YYYY-MM-DD, not "${today}"`);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
  // Mid-morning local time: far from midnight, so no test straddles a day.
  vi.setSystemTime(new Date(`${today}T10:00:00`));
});

afterEach(() => {
  vi.useRealTimers();
});
