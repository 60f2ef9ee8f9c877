/**
 * Offers the Budget can count on as new income: accepted ones, offers on the table, and any
 * application the user gave an expected start and a likelihood. Pay becomes a monthly amount
 * in minor units; a range counts at its lower end (the careful reading).
 *
 * Hourly and per-task pay count with the units a week the application gives (hours, tasks);
 * hourly pay without them falls back to the profile's hours a week (as it always has), and
 * says so. Pay in another currency is converted with the budget's dated rate for it; without
 * a rate it is listed but not counted. Each step rounds half up to the cent once: the monthly
 * pay in its own currency (the figure shown), then its conversion.
 */
import type { Application, ApplicationsSection } from '../../../../preload/contract/applications-section';
import type { CurrencyCode } from '../../../../preload/contract/document-enums';
import { convertMinor, rateFor, type ExchangeRate } from '../budget/exchange-rates';

/** Why an offer is listed but not counted. */
export type OfferProblem = 'no-pay' | 'no-units' | 'no-rate' | 'no-start';

export interface ExpectedIncome {
  applicationId: string;
  organisation: string;
  role: string;
  /**
   * What the budget counts a month, in `currency`: the home currency once converted. Null when
   * it cannot count (see `problem`).
   */
  monthlyMinor: number | null;
  currency: CurrencyCode | null;
  /** The monthly pay in the offer's own currency, before any conversion. */
  payMonthlyMinor: number | null;
  payCurrency: CurrencyCode | null;
  /** The rate used, when the pay was converted. */
  rate: ExchangeRate | null;
  /** Hourly pay without hours a week on the application: the profile's hours were used. */
  hoursFromProfile: boolean;
  problem: OfferProblem | null;
  start: string | null;
  /** 100 for an accepted offer. */
  likelihood: number;
}

/** The home currency and the user's rates; without them, pay is counted in its own currency only. */
export interface Exchange {
  home: CurrencyCode;
  rates: readonly ExchangeRate[];
}

const WEEKS_PER_YEAR = 52;
const MONTHS_PER_YEAR = 12;

/** n ÷ d rounded half up, for whole n ≥ 0 and d > 0, exact while 2n stays a safe integer. */
function divideHalfUp(n: number, d: number): number {
  return Math.floor((2 * n + d) / (2 * d));
}

/**
 * A pay's monthly amount in its own currency: a month as is, a year ÷ 12, an hour or a task ×
 * units a week × 52 ÷ 12. Units may have decimals (7.5 hours): counted in hundredths, so the
 * arithmetic stays in whole numbers until the one rounding.
 */
export function monthlyPay(pay: Application['pay'], profileHoursPerWeek: number): number | null {
  if (pay === null) return null;
  switch (pay.unit) {
    case 'month':
      return pay.minMinor;
    case 'year':
      return divideHalfUp(pay.minMinor, MONTHS_PER_YEAR);
    case 'hour':
    case 'task': {
      const units = pay.unitsPerWeek ?? (pay.unit === 'hour' ? profileHoursPerWeek : null);
      if (units === null) return null;
      const hundredths = Math.round(units * 100);
      return divideHalfUp(pay.minMinor * hundredths * WEEKS_PER_YEAR, MONTHS_PER_YEAR * 100);
    }
  }
}

function counted(
  pay: Application['pay'],
  profileHoursPerWeek: number,
  exchange: Exchange | undefined,
): Pick<
  ExpectedIncome,
  'monthlyMinor' | 'currency' | 'payMonthlyMinor' | 'payCurrency' | 'rate' | 'problem'
> {
  const payMonthlyMinor = monthlyPay(pay, profileHoursPerWeek);
  const payCurrency = pay?.currency ?? null;
  const base = { payMonthlyMinor, payCurrency, rate: null };
  if (pay === null) return { ...base, monthlyMinor: null, currency: null, problem: 'no-pay' };
  if (payMonthlyMinor === null)
    return { ...base, monthlyMinor: null, currency: payCurrency, problem: 'no-units' };
  if (exchange === undefined || pay.currency === exchange.home) {
    return { ...base, monthlyMinor: payMonthlyMinor, currency: payCurrency, problem: null };
  }
  const rate = rateFor(pay.currency, exchange.rates);
  if (rate === null) return { ...base, monthlyMinor: null, currency: payCurrency, problem: 'no-rate' };
  return {
    ...base,
    rate,
    monthlyMinor: convertMinor(payMonthlyMinor, rate.homePerUnitMicros),
    currency: exchange.home,
    problem: null,
  };
}

export function expectedIncomes(
  section: ApplicationsSection,
  profileHoursPerWeek: number,
  exchange?: Exchange,
): ExpectedIncome[] {
  const kind = new Map(section.stages.map((stage) => [stage.id, stage.kind]));
  return section.applications.flatMap((a) => {
    const won = kind.get(a.stageId) === 'won';
    const offered = a.stageId === 'offer';
    const expected = a.expectedStart !== null && a.likelihood !== null && kind.get(a.stageId) !== 'closed';
    if (!won && !offered && !expected) return [];
    const money = counted(a.pay, profileHoursPerWeek, exchange);
    return [
      {
        applicationId: a.id,
        organisation: a.organisation,
        role: a.role,
        ...money,
        problem: money.problem ?? (a.expectedStart === null ? 'no-start' : null),
        hoursFromProfile: a.pay?.unit === 'hour' && a.pay.unitsPerWeek === null,
        start: a.expectedStart,
        likelihood: won ? 100 : (a.likelihood ?? 50),
      },
    ];
  });
}
