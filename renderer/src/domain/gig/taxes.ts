/**
 * Gross → net estimates for gig income, month by month, from the dated parameters in
 * tax-parameters.ts (sources there). Every amount is integer minor units; each contribution is
 * rounded half up once, to the cent, as the forms compute them line by line. Results are
 * estimates: income tax itself is not modelled (France: barème or versement libératoire;
 * US: brackets), and the screen says so.
 */
import { addDays, format, getDay, isSameDay, isWeekend, nextMonday } from 'date-fns';
import {
  DEFAULT_FRANCE_MICRO,
  DEFAULT_US_SELF_EMPLOYMENT,
  US_UNEMPLOYMENT_WITHHOLDING,
  type FranceMicroValues,
  type UsSelfEmploymentValues,
} from './tax-parameters';

/** amount × basis points ÷ 10,000, rounded half up once (amounts are never negative here). */
export function shareMinor(amountMinor: number, basisPoints: number): number {
  return Math.floor((2 * amountMinor * basisPoints + 10_000) / 20_000);
}

export type DeductionCode =
  'fr-social-charges' | 'fr-training' | 'us-social-security' | 'us-medicare' | 'us-unemployment-withholding';

export interface NetEstimate {
  grossMinor: number;
  deductions: { code: DeductionCode; amountMinor: number }[];
  netMinor: number;
}

function estimate(grossMinor: number, deductions: NetEstimate['deductions']): NetEstimate {
  const kept = deductions.filter((d) => d.amountMinor > 0);
  return { grossMinor, deductions: kept, netMinor: grossMinor - kept.reduce((s, d) => s + d.amountMinor, 0) };
}

export type MicroActivity = 'bnc' | 'bic-services';

/** France, micro-entrepreneur: social charges and the training contribution on a month's turnover. */
export function franceMicroNet(
  turnoverMinor: number,
  activity: MicroActivity,
  values: FranceMicroValues = DEFAULT_FRANCE_MICRO,
): NetEstimate {
  const rate = activity === 'bnc' ? values.bncServicesBasisPoints : values.bicServicesBasisPoints;
  const training = activity === 'bnc' ? values.trainingBncBasisPoints : values.trainingBicBasisPoints;
  return estimate(turnoverMinor, [
    { code: 'fr-social-charges', amountMinor: shareMinor(turnoverMinor, rate) },
    { code: 'fr-training', amountMinor: shareMinor(turnoverMinor, training) },
  ]);
}

/**
 * US self-employment tax for a year (Schedule SE): nothing below $400 of net earnings; else
 * 12.4 % on 92.35 % of them up to the wage base, plus 2.9 % on all of it.
 */
export function usSelfEmploymentTax(
  netEarningsMinor: number,
  values: UsSelfEmploymentValues = DEFAULT_US_SELF_EMPLOYMENT,
): { baseMinor: number; socialSecurityMinor: number; medicareMinor: number; totalMinor: number } {
  if (netEarningsMinor < values.minimumNetEarningsMinor)
    return { baseMinor: 0, socialSecurityMinor: 0, medicareMinor: 0, totalMinor: 0 };
  const baseMinor = shareMinor(netEarningsMinor, values.netEarningsBasisPoints);
  const socialSecurityMinor = shareMinor(
    Math.min(baseMinor, values.socialSecurityWageBaseMinor),
    values.socialSecurityBasisPoints,
  );
  const medicareMinor = shareMinor(baseMinor, values.medicareBasisPoints);
  return { baseMinor, socialSecurityMinor, medicareMinor, totalMinor: socialSecurityMinor + medicareMinor };
}

/**
 * A month's set-aside for self-employment tax: the year's rule applied to the month alone,
 * without the $400 floor or the wage base, which only the year's total can decide.
 */
export function usSelfEmployedMonthlyNet(
  netEarningsMinor: number,
  values: UsSelfEmploymentValues = DEFAULT_US_SELF_EMPLOYMENT,
): NetEstimate {
  const base = shareMinor(netEarningsMinor, values.netEarningsBasisPoints);
  return estimate(netEarningsMinor, [
    { code: 'us-social-security', amountMinor: shareMinor(base, values.socialSecurityBasisPoints) },
    { code: 'us-medicare', amountMinor: shareMinor(base, values.medicareBasisPoints) },
  ]);
}

/** Quarterly estimated payments are due when the year's expected tax is $1,000 or more. */
export function quarterlyEstimatesRequired(
  expectedTaxMinor: number,
  values: UsSelfEmploymentValues = DEFAULT_US_SELF_EMPLOYMENT,
): boolean {
  return expectedTaxMinor >= values.quarterlyThresholdMinor;
}

/** A US unemployment payment with the voluntary 10 % federal withholding (Form W-4V), or without. */
export function usUnemploymentNet(
  benefitMinor: number,
  withholding: boolean,
  basisPoints = US_UNEMPLOYMENT_WITHHOLDING.value,
): NetEstimate {
  const withheld = withholding ? shareMinor(benefitMinor, basisPoints) : 0;
  return estimate(benefitMinor, [{ code: 'us-unemployment-withholding', amountMinor: withheld }]);
}

// Holidays that can move an estimated-tax date (IRS: "Saturday, Sunday, or legal holiday →
// next business day"): Martin Luther King Jr. Day (third Monday of January, days 15–21) and
// DC Emancipation Day (16 April; a Saturday is observed on the Friday, a Sunday on the
// Monday), which moved the April date in 2022 and 2023. No other federal holiday falls on
// the days that follow the 15th of April, June, September or January.
function isTaxHoliday(date: Date): boolean {
  if (date.getMonth() === 0 && getDay(date) === 1 && date.getDate() >= 15 && date.getDate() <= 21)
    return true;
  const emancipation = new Date(date.getFullYear(), 3, 16);
  const observed =
    getDay(emancipation) === 6
      ? addDays(emancipation, -1)
      : getDay(emancipation) === 0
        ? addDays(emancipation, 1)
        : emancipation;
  return isSameDay(date, observed);
}

function nextBusinessDay(date: Date): Date {
  let day = date;
  while (isWeekend(day) || isTaxHoliday(day)) day = isWeekend(day) ? nextMonday(day) : addDays(day, 1);
  return day;
}

/**
 * The four estimated-tax due dates for a tax year (Form 1040-ES): 15 April, 15 June and
 * 15 September of the year and 15 January of the next, each moved to the next business day.
 */
export function quarterlyDueDates(taxYear: number): string[] {
  const nominal = [
    new Date(taxYear, 3, 15),
    new Date(taxYear, 5, 15),
    new Date(taxYear, 8, 15),
    new Date(taxYear + 1, 0, 15),
  ];
  return nominal.map((date) => format(nextBusinessDay(date), 'yyyy-MM-dd'));
}

export type GigTaxRegime =
  | { kind: 'fr-micro'; activity: MicroActivity; values?: FranceMicroValues }
  | { kind: 'us-self-employed'; values?: UsSelfEmploymentValues }
  | { kind: 'none' };

/** A month of gig income, gross → net, under the user's regime. */
export function monthlyGigNet(grossMinor: number, regime: GigTaxRegime): NetEstimate {
  if (regime.kind === 'fr-micro') return franceMicroNet(grossMinor, regime.activity, regime.values);
  if (regime.kind === 'us-self-employed') return usSelfEmployedMonthlyNet(grossMinor, regime.values);
  return estimate(grossMinor, []);
}
