/**
 * What one logged piece of work earned, and that amount in the home currency at a dated rate
 * the user entered in the budget (issue 14, point 2). The conversion itself is the budget's
 * (`convertMinor`: × millionths, half up once); this file only chooses which dated rate.
 */
import { isAfter, isBefore, parseISO } from 'date-fns';
import type { CurrencyCode } from '../../../../preload/contract/document-enums';
import type { WorkEntry } from '../../../../preload/contract/gig-section';
import { convertMinor, type ExchangeRate } from '../budget/exchange-rates';

const MINUTES_PER_HOUR = 60;

/**
 * Gross earned by an entry, in its own currency: an hourly rate × paid minutes ÷ 60, rounded
 * half up once to the cent; a task rate × tasks; a project fee once. Unpaid minutes earn nothing.
 */
export function earnedMinor(entry: Pick<WorkEntry, 'paidMinutes' | 'tasks' | 'rate'>): number {
  const { amountMinor, unit } = entry.rate;
  if (unit === 'task') return entry.tasks * amountMinor;
  if (unit === 'project') return amountMinor;
  // (m × r) / 60 half up, in integers: floor((2·m·r + 60) / 120).
  return Math.floor((2 * entry.paidMinutes * amountMinor + MINUTES_PER_HOUR) / (2 * MINUTES_PER_HOUR));
}

/** Minutes the entry cost the user: paid time and every kind of unpaid time. */
export function totalMinutes(entry: Pick<WorkEntry, 'paidMinutes' | 'unpaidMinutes'>): number {
  const { onboarding, assessment, waiting } = entry.unpaidMinutes;
  return entry.paidMinutes + onboarding + assessment + waiting;
}

/** Which of the user's dated rates converted an amount, so the screen can say it. */
export interface RateUsed {
  currency: CurrencyCode;
  asOf: string;
  homePerUnitMicros: number;
  /** True when no rate was dated on or before the day and a later one stood in. */
  datedAfter: boolean;
}

/**
 * The rate in force on `day`: the latest dated on or before it (a later entry wins a tie, as
 * in the budget's `rateFor`). Before the first rate, the earliest one stands in, flagged, so a
 * figure is shown and the screen can say the rate is younger than the work.
 */
export function rateOnDay(
  currency: CurrencyCode,
  day: string,
  rates: readonly ExchangeRate[],
): RateUsed | null {
  const date = parseISO(day);
  let before: ExchangeRate | null = null;
  let after: ExchangeRate | null = null;
  for (const rate of rates) {
    if (rate.currency !== currency) continue;
    const asOf = parseISO(rate.asOf);
    if (!isAfter(asOf, date)) {
      if (before === null || !isAfter(parseISO(before.asOf), asOf)) before = rate;
    } else if (after === null || isBefore(asOf, parseISO(after.asOf))) {
      after = rate;
    }
  }
  const chosen = before ?? after;
  if (chosen === null) return null;
  return {
    currency,
    asOf: chosen.asOf,
    homePerUnitMicros: chosen.homePerUnitMicros,
    datedAfter: before === null,
  };
}

export type HomeAmount = { ok: true; amountMinor: number; rate: RateUsed | null } | { ok: false };

/** An amount in the home currency: as is when it is already, converted on `day` otherwise. */
export function toHome(
  amountMinor: number,
  currency: CurrencyCode,
  day: string,
  home: CurrencyCode,
  rates: readonly ExchangeRate[],
): HomeAmount {
  if (currency === home) return { ok: true, amountMinor, rate: null };
  const rate = rateOnDay(currency, day, rates);
  if (rate === null) return { ok: false };
  return { ok: true, amountMinor: convertMinor(amountMinor, rate.homePerUnitMicros), rate };
}
