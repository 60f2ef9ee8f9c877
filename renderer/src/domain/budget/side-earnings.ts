/**
 * What side work earns between two days, for the working-while-claiming rules: each month of
 * work earns its monthly figure spread over that month's calendar days, so a period counts
 * only the days of work it holds (pro rata), never a whole month for a day of overlap.
 * Summed exactly, then rounded once, half up, to the cent.
 */
import { dayIndex, isoDayOfMonth, isoMonthsAfter } from '../day-index';

export interface Earning {
  monthlyMinor: number;
  startsOn: string;
  /** The first day not worked; null when open-ended. */
  endsOn: string | null;
}

/** Gross earnings in [from, to), in cents. */
export function earnedBetween(earnings: readonly Earning[], from: string, to: string): number {
  let total = 0;
  for (const earning of earnings) {
    const start = earning.startsOn > from ? earning.startsOn : from;
    const end = earning.endsOn !== null && earning.endsOn < to ? earning.endsOn : to;
    if (start >= end || earning.monthlyMinor <= 0) continue;
    // Walk the calendar months the overlap touches; each month's days earn monthly / its length.
    let monthStart = `${start.slice(0, 7)}-01`;
    while (monthStart < end) {
      const nextMonth = isoMonthsAfter(monthStart, 1);
      const daysInMonth = dayIndex(nextMonth) - dayIndex(monthStart);
      const a = start > monthStart ? start : monthStart;
      const b = end < nextMonth ? end : nextMonth;
      total += (earning.monthlyMinor * (dayIndex(b) - dayIndex(a))) / daysInMonth;
      monthStart = nextMonth;
    }
  }
  return Math.round(total);
}

/** The first day of the month after the one holding `isoDay`. */
export const nextMonthStart = (isoDay: string): string => isoMonthsAfter(isoDayOfMonth(isoDay, 1), 1);
