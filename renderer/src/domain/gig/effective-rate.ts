/**
 * What gig work really pays: earnings and the effective hourly rate per platform and overall,
 * counting the unpaid time the platforms ask for (onboarding, assessments, "empty queue"
 * waits, screenings: tutor-domains.md, "The work itself"), in each entry's currency and in the
 * home currency. Month by month: monthly-actuals.ts.
 *
 * Conversions: what was earned converts at the rate in force on the work day; what was
 * received (and its fees) at the rate on the paid-on day (gig-money.ts). An amount with no
 * rate for its currency is never dropped silently: its entry is listed as unconverted, and
 * the home effective rate is then left out (null) rather than understated.
 */
import type { CurrencyCode } from '../../../../preload/contract/document-enums';
import type { GigSection, Screening, WorkEntry } from '../../../../preload/contract/gig-section';
import type { ExchangeRate } from '../budget/exchange-rates';
import { earnedMinor, toHome, totalMinutes, type RateUsed } from './gig-money';

export interface CurrencyTotals {
  earnedMinor: number;
  feesMinor: number;
  receivedMinor: number;
  /** Paid and unpaid minutes of the entries in this currency (screenings have none). */
  minutes: number;
  /** earned × 60 ÷ minutes, half up; null without minutes. */
  effectiveHourlyMinor: number | null;
}

export interface RateSummary {
  paidMinutes: number;
  unpaidMinutes: { onboarding: number; assessment: number; waiting: number; screening: number };
  totalMinutes: number;
  byCurrency: Partial<Record<CurrencyCode, CurrencyTotals>>;
  home: {
    earnedMinor: number;
    feesMinor: number;
    receivedMinor: number;
    /** Earned per hour of all time spent, screenings included. */
    effectiveHourlyMinor: number | null;
    /** Earned less fees per hour of all time spent. */
    netEffectiveHourlyMinor: number | null;
    /** Earned per paid hour only: what the advertised rate seems to be. */
    paidHourlyMinor: number | null;
  };
  /** Entries with an amount in a currency the budget has no rate for. */
  unconverted: string[];
  ratesUsed: RateUsed[];
}

/** amount × 60 ÷ minutes, rounded half up once; null when no time was spent. */
export function perHourMinor(amountMinor: number, minutes: number): number | null {
  if (minutes <= 0) return null;
  return Math.floor((2 * amountMinor * 60 + minutes) / (2 * minutes));
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

function emptyCurrency(): CurrencyTotals {
  return { earnedMinor: 0, feesMinor: 0, receivedMinor: 0, minutes: 0, effectiveHourlyMinor: null };
}

function noteRate(used: RateUsed[], rate: RateUsed | null): void {
  if (rate && !used.some((r) => r.currency === rate.currency && r.asOf === rate.asOf)) used.push(rate);
}

export function summarise(
  entries: readonly WorkEntry[],
  screenings: readonly Screening[],
  home: CurrencyCode,
  rates: readonly ExchangeRate[],
): RateSummary {
  const byCurrency: RateSummary['byCurrency'] = {};
  const homeTotals = { earnedMinor: 0, feesMinor: 0, receivedMinor: 0 };
  const unconverted = new Set<string>();
  const ratesUsed: RateUsed[] = [];
  const addHome = (key: keyof typeof homeTotals, amount: number, entry: WorkEntry, day: string) => {
    if (amount === 0) return;
    const converted = toHome(amount, entry.currency, day, home, rates);
    if (!converted.ok) return void unconverted.add(entry.id);
    homeTotals[key] += converted.amountMinor;
    noteRate(ratesUsed, converted.rate);
  };
  for (const entry of entries) {
    const totals = (byCurrency[entry.currency] ??= emptyCurrency());
    const earned = earnedMinor(entry);
    const fees = entry.payout?.feesMinor ?? 0;
    const received = entry.payout?.receivedMinor ?? 0;
    totals.earnedMinor += earned;
    totals.feesMinor += fees;
    totals.receivedMinor += received;
    totals.minutes += totalMinutes(entry);
    addHome('earnedMinor', earned, entry, entry.day);
    addHome('feesMinor', fees, entry, entry.paidOn ?? entry.day);
    addHome('receivedMinor', received, entry, entry.paidOn ?? entry.day);
  }
  for (const totals of Object.values(byCurrency))
    totals.effectiveHourlyMinor = perHourMinor(totals.earnedMinor, totals.minutes);

  const paidMinutes = sum(entries.map((e) => e.paidMinutes));
  const unpaidMinutes = {
    onboarding: sum(entries.map((e) => e.unpaidMinutes.onboarding)),
    assessment: sum(entries.map((e) => e.unpaidMinutes.assessment)),
    waiting: sum(entries.map((e) => e.unpaidMinutes.waiting)),
    screening: sum(screenings.map((s) => s.unpaidMinutes)),
  };
  const allMinutes = paidMinutes + sum(Object.values(unpaidMinutes));
  const complete = unconverted.size === 0;
  const homeRate = (amount: number, minutes: number) => (complete ? perHourMinor(amount, minutes) : null);
  return {
    paidMinutes,
    unpaidMinutes,
    totalMinutes: allMinutes,
    byCurrency,
    home: {
      ...homeTotals,
      effectiveHourlyMinor: homeRate(homeTotals.earnedMinor, allMinutes),
      netEffectiveHourlyMinor: homeRate(homeTotals.earnedMinor - homeTotals.feesMinor, allMinutes),
      paidHourlyMinor: homeRate(homeTotals.earnedMinor, paidMinutes),
    },
    unconverted: [...unconverted],
    ratesUsed,
  };
}

/** One summary per platform, in the section's order, then the whole log. */
export function effectiveRates(section: GigSection, home: CurrencyCode, rates: readonly ExchangeRate[]) {
  return {
    platforms: section.platforms.map((platform) => ({
      platformId: platform.id,
      summary: summarise(
        section.entries.filter((e) => e.platformId === platform.id),
        section.screenings.filter((s) => s.platformId === platform.id),
        home,
        rates,
      ),
    })),
    overall: summarise(section.entries, section.screenings, home, rates),
  };
}
