/**
 * Readiness against runway, in plain words: is the first pay expected before the money runs
 * out, and by how many weeks? Weeks ahead are whole weeks (rounded down); a shortfall is
 * rounded up, so "short by 5 weeks" never hides a sixth, partial one.
 */
import { addWeeks, differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { TFunction } from 'i18next';
import type { Projection } from './projection';

export type Verdict =
  | { kind: 'lasts'; firstPay: string | null }
  | { kind: 'no-date' }
  | { kind: 'ahead' | 'short'; weeks: number; firstPay: string; runwayEnd: string };

export function firstPayDate(
  projection: Projection,
  readyDate: string | null,
  weeksFromReadyToPay: number,
): string | null {
  if (projection.firstNewIncome !== null) return projection.firstNewIncome;
  return readyDate === null ? null : format(addWeeks(parseISO(readyDate), weeksFromReadyToPay), 'yyyy-MM-dd');
}

export function readinessVerdict(
  projection: Projection,
  readyDate: string | null,
  weeksFromReadyToPay: number,
): Verdict {
  const firstPay = firstPayDate(projection, readyDate, weeksFromReadyToPay);
  if (projection.runwayEnd === null) return { kind: 'lasts', firstPay };
  if (firstPay === null) return { kind: 'no-date' };
  const days = differenceInCalendarDays(parseISO(projection.runwayEnd), parseISO(firstPay));
  return days > 0
    ? { kind: 'ahead', weeks: Math.floor(days / 7), firstPay, runwayEnd: projection.runwayEnd }
    : { kind: 'short', weeks: Math.ceil(-days / 7), firstPay, runwayEnd: projection.runwayEnd };
}

/** The verdict in one sentence, in the language of `t` (the Budget screen's or the summary's). */
export function verdictSentence(verdict: Verdict, t: TFunction): string {
  switch (verdict.kind) {
    case 'lasts':
      return t('budget.verdict.lasts');
    case 'no-date':
      return t('budget.verdict.noDate');
    case 'ahead':
      return t('budget.verdict.ahead', { count: verdict.weeks });
    case 'short':
      return t('budget.verdict.short', { count: verdict.weeks });
  }
}
