/**
 * France's duties for a claimant with gig income (issue 14, point 6; US rules are in
 * us-work-search-presets.ts and us-work-search-check.ts):
 * - the monthly actualisation: from the 28th of month M to the 15th of M+1 the claimant
 *   declares month M's hours worked and gross pay (service-public.fr F1638; benefits.md);
 * - the contrat d'engagement: as a rule at least 15 hours of activity a week (loi « plein
 *   emploi », in force 1 January 2025; Code du travail L5411-6-1 and D5411-14-1).
 * France counts weeks Monday to Sunday (ISO 8601, the French calendar's week).
 */
import {
  addMonths,
  differenceInCalendarDays,
  eachWeekOfInterval,
  endOfWeek,
  format,
  getDate,
  parseISO,
  setDate,
  startOfMonth,
  startOfWeek,
  subMonths,
} from 'date-fns';
import type { CurrencyCode } from '../../../../preload/contract/document-enums';
import type { GigSection } from '../../../../preload/contract/gig-section';
import type { ExchangeRate } from '../budget/exchange-rates';
import { earnedMinor, toHome, totalMinutes } from './gig-money';
import type { GigParameter } from './tax-parameters';

const READ_ON = '2026-12-01';
export const FRANCE_DUTY_PARAMETERS = {
  actualisationOpensDay: {
    value: 28,
    validFrom: '2025-01-01',
    source: 'service-public.fr F1638: from the 28th',
    checkedOn: READ_ON,
    status: 'confirmed',
  },
  actualisationClosesDay: {
    value: 15,
    validFrom: '2025-01-01',
    source: 'service-public.fr F1638: to the 15th of the next month',
    checkedOn: READ_ON,
    status: 'confirmed',
  },
  weeklyActivityMinutes: {
    value: 15 * 60,
    validFrom: '2025-01-01',
    source: 'Loi plein emploi; Code du travail D5411-14-1: 15 h a week as a rule (centre-inffo.fr, 2025)',
    checkedOn: READ_ON,
    status: 'confirmed',
  },
} satisfies Record<string, GigParameter>;
const P = FRANCE_DUTY_PARAMETERS;

const iso = (date: Date) => format(date, 'yyyy-MM-dd');

export interface ActualisationWindow {
  /** The month declared, yyyy-MM. */
  month: string;
  opensOn: string;
  closesOn: string;
}

export function actualisationWindow(month: string): ActualisationWindow {
  const first = parseISO(`${month}-01`);
  return {
    month,
    opensOn: iso(setDate(first, P.actualisationOpensDay.value)),
    closesOn: iso(setDate(addMonths(first, 1), P.actualisationClosesDay.value)),
  };
}

/** On `today`: the window that is open (and days left, today included), or the next one. */
export function actualisationOn(
  today: string,
):
  { open: true; window: ActualisationWindow; daysLeft: number } | { open: false; next: ActualisationWindow } {
  const date = parseISO(today);
  const thisMonth = format(date, 'yyyy-MM');
  if (getDate(date) >= P.actualisationOpensDay.value || getDate(date) <= P.actualisationClosesDay.value) {
    const month =
      getDate(date) >= P.actualisationOpensDay.value
        ? thisMonth
        : format(subMonths(startOfMonth(date), 1), 'yyyy-MM');
    const window = actualisationWindow(month);
    return { open: true, window, daysLeft: differenceInCalendarDays(parseISO(window.closesOn), date) + 1 };
  }
  return { open: false, next: actualisationWindow(thisMonth) };
}

export interface MonthDeclaration {
  month: string;
  paidMinutes: number;
  /** Onboarding, assessments and waiting, shown beside: whether they are declared is the adviser's call. */
  unpaidMinutes: number;
  /** Paid minutes rounded UP to whole hours: the form takes whole hours, and never less than done. */
  hoursToDeclare: number;
  /** Gross earned for the month's work, home currency. */
  grossMinor: number;
  currency: CurrencyCode;
  /** Entries with no rate for their currency: the gross is incomplete until the user adds one. */
  unconverted: string[];
}

/** What to declare for month M from the gig log: hours and gross pay for work done in M. */
export function declarationFor(
  month: string,
  section: GigSection,
  home: CurrencyCode,
  rates: readonly ExchangeRate[],
): MonthDeclaration {
  const entries = section.entries.filter((entry) => entry.day.startsWith(`${month}-`));
  let grossMinor = 0;
  const unconverted: string[] = [];
  for (const entry of entries) {
    const converted = toHome(earnedMinor(entry), entry.currency, entry.day, home, rates);
    if (converted.ok) grossMinor += converted.amountMinor;
    else unconverted.push(entry.id);
  }
  const paidMinutes = entries.reduce((sum, e) => sum + e.paidMinutes, 0);
  return {
    month,
    paidMinutes,
    unpaidMinutes: entries.reduce((sum, e) => sum + totalMinutes(e) - e.paidMinutes, 0),
    hoursToDeclare: Math.ceil(paidMinutes / 60),
    grossMinor,
    currency: home,
    unconverted,
  };
}

export interface ActivityMinutes {
  day: string;
  minutes: number;
}

/** The gig log as activity: each entry's paid and unpaid time, each screening's time. */
export function gigActivity(section: GigSection): ActivityMinutes[] {
  return [
    ...section.entries.map((e) => ({ day: e.day, minutes: totalMinutes(e) })),
    ...section.screenings.map((s) => ({ day: s.day, minutes: s.unpaidMinutes })),
  ];
}

export interface ActivityWeek {
  weekStart: string;
  weekEnd: string;
  minutes: number;
  targetMinutes: number;
  met: boolean;
  shortByMinutes: number;
}

/** Each Monday–Sunday week from `from` to `to`: logged activity against the contract's target. */
export function weeklyActivity(
  activity: readonly ActivityMinutes[],
  from: string,
  to: string,
  targetMinutes = P.weeklyActivityMinutes.value,
): ActivityWeek[] {
  const options = { weekStartsOn: 1 as const };
  return eachWeekOfInterval({ start: parseISO(from), end: parseISO(to) }, options).map((start) => {
    const weekStart = iso(start);
    const minutes = activity
      .filter((a) => iso(startOfWeek(parseISO(a.day), options)) === weekStart)
      .reduce((sum, a) => sum + a.minutes, 0);
    return {
      weekStart,
      weekEnd: iso(endOfWeek(start, options)),
      minutes,
      targetMinutes,
      met: minutes >= targetMinutes,
      shortByMinutes: Math.max(0, targetMinutes - minutes),
    };
  });
}
