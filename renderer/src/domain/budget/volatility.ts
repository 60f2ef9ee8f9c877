/**
 * Gig income is volatile (issue 14, point 5): a project ends early, a platform cuts its rate
 * (tutor-domains.md: $21 → $16 an hour, about 24 %), the queue is empty for weeks. Each
 * what-if starts from what one platform earned lately, as the log shows it in the home
 * currency, and takes that loss off the planned side income from next month on. The budget
 * projects it with the Baseline's settings, so the two runways compare directly.
 *
 * Only income the plan counts can be lost: with no side income planned from next month, a
 * scenario changes nothing, and `plannedMinor` (0) lets the screen say why.
 */
import type { BudgetSection } from '../../../../preload/contract/budget-section';
import type { CurrencyCode } from '../../../../preload/contract/document-enums';
import type { GigSection } from '../../../../preload/contract/gig-section';
import { isoMonthsAfter } from '../day-index';
import { earnedMinor } from '../gig/gig-money';
import type { ExchangeRate } from './exchange-rates';
import { homeConverter } from './gig-rates';

export const VOLATILITY_KINDS = ['project-ends', 'rate-cut', 'empty-weeks'] as const;
export type VolatilityKind = (typeof VOLATILITY_KINDS)[number];

/** $21 → $16 an hour, the cut tutor-domains.md reports: 5 / 21 = 23.8 %, about 24 %. */
export const DEFAULT_RATE_CUT_PERCENT = 24;
export const DEFAULT_EMPTY_WEEKS = 1;
/** How far back a platform's monthly average looks, in whole months before the current one. */
export const AVERAGE_MONTHS = 3;

export interface VolatilityChoice {
  kind: VolatilityKind;
  /** Null: the platform that earned the most lately. */
  platformId: string | null;
  rateCutPercent: number;
  emptyWeeks: number;
}

export interface VolatilityScenario {
  id: `gig-${VolatilityKind}`;
  kind: VolatilityKind;
  platformId: string | null;
  /** The first day without the income: the first of next month. */
  from: string;
  /** The platform's average month lately, home currency, gross. */
  averageMinor: number;
  /** What the scenario takes off each month (never more than the plan counts). */
  lostMinor: number;
  /** Side income the plan counts for the month starting `from`. */
  plannedMinor: number;
}

const monthStart = (day: string) => `${day.slice(0, 7)}-01`;

/**
 * A platform's average month, home currency: its earnings over the last AVERAGE_MONTHS full
 * months (from its first month of work, if later), divided by those months. With no past
 * month, the current month so far stands in (one month). Rounded half up once.
 */
export function platformAverage(
  gig: GigSection,
  platformId: string,
  home: CurrencyCode,
  rates: readonly ExchangeRate[],
  today: string,
): number {
  const current = monthStart(today);
  const earliest = isoMonthsAfter(current, -AVERAGE_MONTHS);
  let past = 0;
  let now = 0;
  let first: string | null = null;
  const toHome = homeConverter(home, rates);
  for (const entry of gig.entries) {
    if (entry.platformId !== platformId || entry.day < earliest || entry.day > today) continue;
    const converted = toHome(earnedMinor(entry), entry.currency, entry.day);
    if (!converted.ok) continue;
    if (entry.day >= current) {
      now += converted.amountMinor;
      continue;
    }
    past += converted.amountMinor;
    const month = monthStart(entry.day);
    if (first === null || month < first) first = month;
  }
  if (first === null) return now;
  let months = 0;
  for (let m = first; m < current; m = isoMonthsAfter(m, 1)) months += 1;
  return Math.round(past / months);
}

/** The platform that earned the most over the averaging window (the first listed on a tie). */
export function mainPlatform(
  gig: GigSection,
  home: CurrencyCode,
  rates: readonly ExchangeRate[],
  today: string,
): string | null {
  let best: { id: string; average: number } | null = null;
  for (const platform of gig.platforms) {
    const average = platformAverage(gig, platform.id, home, rates, today);
    if (average > 0 && (best === null || average > best.average)) best = { id: platform.id, average };
  }
  return best?.id ?? null;
}

/** What one month loses: all of it, the rate cut's share, or N weeks of a 52/12-week month. */
export function monthlyLoss(choice: VolatilityChoice, averageMinor: number): number {
  if (choice.kind === 'project-ends') return averageMinor;
  if (choice.kind === 'rate-cut') return Math.round((averageMinor * choice.rateCutPercent) / 100);
  return Math.min(averageMinor, Math.round((averageMinor * choice.emptyWeeks * 12) / 52));
}

const activeOn = (side: BudgetSection['sideIncomes'][number], day: string) =>
  side.startsOn <= day && (side.endsOn === null || day < side.endsOn);

export function volatilityScenario(
  choice: VolatilityChoice,
  gig: GigSection,
  budget: BudgetSection,
  home: CurrencyCode,
  rates: readonly ExchangeRate[],
  today: string,
): VolatilityScenario {
  const platformId = choice.platformId ?? mainPlatform(gig, home, rates, today);
  const averageMinor = platformId === null ? 0 : platformAverage(gig, platformId, home, rates, today);
  const from = isoMonthsAfter(monthStart(today), 1);
  const plannedMinor = budget.sideIncomes
    .filter((side) => activeOn(side, from))
    .reduce((sum, side) => sum + side.monthlyMinor, 0);
  return {
    id: `gig-${choice.kind}`,
    kind: choice.kind,
    platformId,
    from,
    averageMinor,
    lostMinor: Math.min(plannedMinor, monthlyLoss(choice, averageMinor)),
    plannedMinor,
  };
}

/**
 * The budget with the scenario's loss taken off the planned side income: each side income's
 * pay periods from the first one starting on or after `from` shrink by the same share
 * (lost ÷ planned), so a single income loses exactly `lostMinor`; earlier periods stay.
 */
export function withVolatility(budget: BudgetSection, scenario: VolatilityScenario): BudgetSection {
  if (scenario.lostMinor === 0 || scenario.plannedMinor === 0) return budget;
  const sideIncomes = budget.sideIncomes.flatMap((side) => {
    let k = 0;
    while (isoMonthsAfter(side.startsOn, k) < scenario.from) k += 1;
    const splitAt = isoMonthsAfter(side.startsOn, k);
    if (side.endsOn !== null && side.endsOn <= splitAt) return [side];
    const lost = Math.round((side.monthlyMinor * scenario.lostMinor) / scenario.plannedMinor);
    const after = {
      ...side,
      id: `${side.id}-after`,
      startsOn: splitAt,
      monthlyMinor: side.monthlyMinor - lost,
    };
    return k === 0 ? [after] : [{ ...side, endsOn: splitAt }, after];
  });
  return { ...budget, sideIncomes };
}
