/**
 * Calendar days as numbers, for code that compares thousands of dates (2,000 applications'
 * histories). The calendar math is date-fns's; the answers are remembered per ISO day, of
 * which a job search has a few hundred, so each is worked out once.
 */
import {
  addDays,
  addMonths,
  differenceInCalendarDays,
  format,
  getDaysInMonth,
  parseISO,
  setDate,
  startOfWeek,
  type Locale,
} from 'date-fns';

const EPOCH = parseISO('1970-01-01');
const indexes = new Map<string, number>();
const days = new Map<number, string>();

/** Days since 1970-01-01 for an ISO day: the difference of two is the calendar days between. */
export function dayIndex(isoDay: string): number {
  let index = indexes.get(isoDay);
  if (index === undefined) {
    index = differenceInCalendarDays(parseISO(isoDay), EPOCH);
    indexes.set(isoDay, index);
  }
  return index;
}

/** The ISO day `count` days after `isoDay`. */
export function isoDayAfter(isoDay: string, count: number): string {
  const index = dayIndex(isoDay) + count;
  let day = days.get(index);
  if (day === undefined) {
    day = format(addDays(EPOCH, index), 'yyyy-MM-dd');
    days.set(index, day);
  }
  return day;
}

const weekStarts = new Map<string, string>();

/** The first day of the locale's week holding `isoDay` (Monday in France, Sunday in the US). */
export function isoWeekStart(isoDay: string, locale: Locale): string {
  const key = `${locale.code ?? ''}|${isoDay}`;
  let start = weekStarts.get(key);
  if (start === undefined) {
    start = format(startOfWeek(parseISO(isoDay), { locale }), 'yyyy-MM-dd');
    weekStarts.set(key, start);
  }
  return start;
}

const monthSteps = new Map<string, string>();

/**
 * The ISO day `count` months after `isoDay`, date-fns style: the same day of the month where
 * the month has it, else its last day (31 January + 1 month = 28 February).
 */
export function isoMonthsAfter(isoDay: string, count: number): string {
  const key = `${isoDay}|${count}`;
  let day = monthSteps.get(key);
  if (day === undefined) {
    day = format(addMonths(parseISO(isoDay), count), 'yyyy-MM-dd');
    monthSteps.set(key, day);
  }
  return day;
}

const daysInMonth = new Map<string, string>();

/** Day `dayOfMonth` of the month holding `isoDay`, or the month's last day if it is shorter. */
export function isoDayOfMonth(isoDay: string, dayOfMonth: number): string {
  const key = `${isoDay.slice(0, 7)}|${dayOfMonth}`;
  let day = daysInMonth.get(key);
  if (day === undefined) {
    const month = parseISO(isoDay);
    day = format(setDate(month, Math.min(dayOfMonth, getDaysInMonth(month))), 'yyyy-MM-dd');
    daysInMonth.set(key, day);
  }
  return day;
}
