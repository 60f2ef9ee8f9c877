/**
 * The gig log as the budget sees it (issue 14, point 4). From the first month the user logged
 * work up to the month before the current one, what the log says was earned replaces the
 * planned side income: those months are over, and the log is what the user declares. A month
 * in that span with nothing logged earned nothing. Before the first logged month the plan
 * stands (the user was not logging then); from the current month on, the plan is the forecast.
 *
 * A month's gross is the one France's actualisation declares (claimant-duties.ts
 * `declarationFor`: each entry converted at the rate in force on its day, summed), so the
 * benefit estimate uses the figure the user will type in. Pure: no clock, `today` is given.
 */
import type { CurrencyCode } from '../../../../preload/contract/document-enums';
import type { GigSection, WorkEntry } from '../../../../preload/contract/gig-section';
import { isoMonthsAfter } from '../day-index';
import { earnedMinor, type RateUsed } from '../gig/gig-money';
import type { ExchangeRate } from './exchange-rates';
import { homeConverter, type ToHome } from './gig-rates';
import type { Earning } from './side-earnings';

/** What one currency earned in a month at one rate: both amounts and the rate, to show. */
export interface ConvertedPart {
  currency: CurrencyCode;
  ownMinor: number;
  homeMinor: number;
  /** Null when the pay is already in the home currency. */
  rate: RateUsed | null;
}

export interface GigMonth {
  /** The month's first day. */
  start: string;
  /** Gross earned for the month's work, home currency, as declared. */
  grossMinor: number;
  paidMinutes: number;
  parts: ConvertedPart[];
  /** Currencies with no rate at all: that pay is left out until the user enters one. */
  missingRates: CurrencyCode[];
}

export interface GigFeed {
  /** The first day of the first month logged; null while the log holds no past work. */
  from: string | null;
  /** The first day of the current month: the log replaces the plan up to here. */
  until: string;
  months: GigMonth[];
  /** One earning per month of the span, for the benefit rules (side-earnings.ts). */
  earnings: Earning[];
}

const monthStart = (day: string) => `${day.slice(0, 7)}-01`;

function partsOf(entries: readonly WorkEntry[], toHome: ToHome) {
  const parts = new Map<string, ConvertedPart>();
  const missing = new Set<CurrencyCode>();
  for (const entry of entries) {
    const own = earnedMinor(entry);
    const converted = toHome(own, entry.currency, entry.day);
    if (!converted.ok) {
      missing.add(entry.currency);
      continue;
    }
    const key = `${entry.currency}|${converted.rate?.asOf ?? ''}|${converted.rate?.homePerUnitMicros ?? ''}`;
    const part = parts.get(key) ?? {
      currency: entry.currency,
      ownMinor: 0,
      homeMinor: 0,
      rate: converted.rate,
    };
    part.ownMinor += own;
    part.homeMinor += converted.amountMinor;
    parts.set(key, part);
  }
  return { parts: [...parts.values()], missingRates: [...missing].sort() };
}

export function gigFeed(
  section: GigSection,
  home: CurrencyCode,
  rates: readonly ExchangeRate[],
  today: string,
): GigFeed {
  const until = monthStart(today);
  const toHome = homeConverter(home, rates);
  const byMonth = new Map<string, WorkEntry[]>();
  for (const entry of section.entries) {
    if (entry.day >= until) continue;
    const key = monthStart(entry.day);
    const list = byMonth.get(key);
    if (list) list.push(entry);
    else byMonth.set(key, [entry]);
  }
  const from = [...byMonth.keys()].sort()[0] ?? null;
  const months: GigMonth[] = [];
  const earnings: Earning[] = [];
  for (let start = from; start !== null && start < until; start = isoMonthsAfter(start, 1)) {
    const entries = byMonth.get(start) ?? [];
    // One conversion per entry: the parts' sum is the declared gross (declarationFor sums the
    // same per-entry conversions; a unit test holds them equal).
    const { parts, missingRates } = partsOf(entries, toHome);
    const grossMinor = parts.reduce((sum, part) => sum + part.homeMinor, 0);
    const paidMinutes = entries.reduce((sum, entry) => sum + entry.paidMinutes, 0);
    months.push({ start, grossMinor, paidMinutes, parts, missingRates });
    earnings.push({ monthlyMinor: grossMinor, startsOn: start, endsOn: isoMonthsAfter(start, 1) });
  }
  return { from, until, months, earnings };
}

/**
 * The plan's side earnings with the logged span cut out: each planned earning keeps the days
 * before `from` and from `until` on. Without a logged span, the plan as it is.
 */
export function planOutsideLog(plan: readonly Earning[], feed: GigFeed | null): Earning[] {
  if (feed === null || feed.from === null) return [...plan];
  const { from, until } = feed;
  return plan.flatMap((earning) => {
    const pieces: Earning[] = [];
    if (earning.startsOn < from)
      pieces.push({
        ...earning,
        endsOn: earning.endsOn !== null && earning.endsOn < from ? earning.endsOn : from,
      });
    if (earning.endsOn === null || earning.endsOn > until)
      pieces.push({ ...earning, startsOn: earning.startsOn > until ? earning.startsOn : until });
    return pieces;
  });
}
