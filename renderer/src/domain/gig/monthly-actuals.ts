/**
 * The gig log month by month, for the budget (actual earnings replace the plan for past
 * months) and for France's monthly actualisation: earned by the month of the work day,
 * received by the month of the paid-on day, each converted at the rate of that day.
 */
import { format, parseISO } from 'date-fns';
import type { CurrencyCode } from '../../../../preload/contract/document-enums';
import type { GigSection } from '../../../../preload/contract/gig-section';
import type { ExchangeRate } from '../budget/exchange-rates';
import { earnedMinor, toHome, totalMinutes } from './gig-money';

export interface MonthActual {
  /** yyyy-MM */
  month: string;
  /** Gross earned for work done this month, home currency. */
  earnedMinor: number;
  /** Payouts that arrived this month (paid-on day), home currency. */
  receivedMinor: number;
  paidMinutes: number;
  /** Unpaid minutes of the entries (onboarding, assessments, waiting), screenings apart. */
  unpaidMinutes: number;
  screeningMinutes: number;
  unconverted: string[];
}

const monthOf = (day: string) => format(parseISO(day), 'yyyy-MM');

/**
 * Month by month: earned by the month of the work day, received by the month of the paid-on
 * day. A payout with no paid-on day is not placed in any month: it is listed in
 * `undatedPayouts` so the screen can ask for the day.
 */
export function monthlyActuals(section: GigSection, home: CurrencyCode, rates: readonly ExchangeRate[]) {
  const months = new Map<string, MonthActual>();
  const at = (day: string) => {
    const month = monthOf(day);
    let actual = months.get(month);
    if (!actual) {
      actual = {
        month,
        earnedMinor: 0,
        receivedMinor: 0,
        paidMinutes: 0,
        unpaidMinutes: 0,
        screeningMinutes: 0,
        unconverted: [],
      };
      months.set(month, actual);
    }
    return actual;
  };
  const undatedPayouts: string[] = [];
  for (const entry of section.entries) {
    const worked = at(entry.day);
    worked.paidMinutes += entry.paidMinutes;
    worked.unpaidMinutes += totalMinutes(entry) - entry.paidMinutes;
    const earned = toHome(earnedMinor(entry), entry.currency, entry.day, home, rates);
    if (earned.ok) worked.earnedMinor += earned.amountMinor;
    else worked.unconverted.push(entry.id);
    if (!entry.payout) continue;
    if (entry.paidOn === null) {
      undatedPayouts.push(entry.id);
      continue;
    }
    const paid = at(entry.paidOn);
    const received = toHome(entry.payout.receivedMinor, entry.currency, entry.paidOn, home, rates);
    if (received.ok) paid.receivedMinor += received.amountMinor;
    else if (!paid.unconverted.includes(entry.id)) paid.unconverted.push(entry.id);
  }
  for (const screening of section.screenings) at(screening.day).screeningMinutes += screening.unpaidMinutes;
  const sorted = [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
  return { months: sorted, undatedPayouts };
}
