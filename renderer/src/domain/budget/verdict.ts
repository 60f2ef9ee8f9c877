/**
 * Readiness against runway, in plain words. The verdict never invents income: a first pay is
 * only what the Baseline actually counts (an expected job or an offer at or above the
 * likelihood threshold). Without one, it says no pay is planned and when the money runs out.
 *
 * The Path's ready date plus the user's "weeks from ready to first pay" is kept as a target
 * only: shown as such, never called expected pay, never counted as income.
 *
 * Weeks ahead are whole weeks (rounded down); a shortfall is rounded up, so "short by 5 weeks"
 * never hides a sixth, partial one.
 */
import { addWeeks, differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { TFunction } from 'i18next';
import type { Projection } from './projection';

/** A first pay the user aims for: the ready date plus some weeks. Not income. */
export interface PayTarget {
  date: string;
  weeksAfterReady: number;
}

export type Verdict =
  /** No job or counted offer, and the money falls below the floor on `runwayEnd`. */
  | { kind: 'no-income-runs-out'; runwayEnd: string; target: PayTarget | null }
  /** No job or counted offer, and the money lasts the whole projection. */
  | { kind: 'no-income-lasts'; target: PayTarget | null }
  /** A counted job, and the money lasts the whole projection. */
  | { kind: 'lasts'; firstPay: string }
  /** A counted job before (ahead) or after (short) the money runs out. */
  | { kind: 'ahead' | 'short'; weeks: number; firstPay: string; runwayEnd: string };

export function payTarget(readyDate: string | null, weeksFromReadyToPay: number): PayTarget | null {
  if (readyDate === null) return null;
  return {
    date: format(addWeeks(parseISO(readyDate), weeksFromReadyToPay), 'yyyy-MM-dd'),
    weeksAfterReady: weeksFromReadyToPay,
  };
}

export function readinessVerdict(
  projection: Projection,
  readyDate: string | null,
  weeksFromReadyToPay: number,
): Verdict {
  const firstPay = projection.firstNewIncome;
  const { runwayEnd } = projection;
  if (firstPay === null) {
    const target = payTarget(readyDate, weeksFromReadyToPay);
    return runwayEnd === null
      ? { kind: 'no-income-lasts', target }
      : { kind: 'no-income-runs-out', runwayEnd, target };
  }
  if (runwayEnd === null) return { kind: 'lasts', firstPay };
  const days = differenceInCalendarDays(parseISO(runwayEnd), parseISO(firstPay));
  return days > 0
    ? { kind: 'ahead', weeks: Math.floor(days / 7), firstPay, runwayEnd }
    : { kind: 'short', weeks: Math.ceil(-days / 7), firstPay, runwayEnd };
}

/** The first pay the verdict counts on, or null when none is planned. */
export function plannedFirstPay(verdict: Verdict): string | null {
  return 'firstPay' in verdict ? verdict.firstPay : null;
}

/** The target line's date and weeks, when the verdict has no planned pay but the Path has a ready date. */
export function verdictTarget(verdict: Verdict): PayTarget | null {
  return 'target' in verdict ? verdict.target : null;
}

/**
 * The verdict in one sentence, in the language of `t` (the Budget screen's or the summary's);
 * `day` writes a date the way that language does.
 */
export function verdictSentence(verdict: Verdict, t: TFunction, day: (iso: string) => string): string {
  switch (verdict.kind) {
    case 'no-income-runs-out':
      return t('budget.verdict.noIncomeRunsOut', { date: day(verdict.runwayEnd) });
    case 'no-income-lasts':
      return t('budget.verdict.noIncomeLasts');
    case 'lasts':
      return t('budget.verdict.lasts');
    case 'ahead':
      return t('budget.verdict.ahead', { count: verdict.weeks });
    case 'short':
      return t('budget.verdict.short', { count: verdict.weeks });
  }
}
