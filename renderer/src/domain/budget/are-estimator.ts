/**
 * An estimate of France's unemployment benefit (ARE), for planning only: France Travail's
 * own simulator and decision letter are what count. Every rate is a dated parameter with its
 * source, which the user can change when the rules move (they are revalued every July).
 *
 * Money in cents; each step rounds once, half up, to the cent. A benefit month is 30 days
 * (since 1 January 2024, whatever the month's length).
 */
import { addDays, format, parseISO } from 'date-fns';
import type { AreClaim, Benefits } from '../../../../preload/contract/budget-section';
import { DEFAULT_ARE, specificDelayDivisor, type AreParameters, type DatedDivisor } from './are-parameters';
import { netDay } from './are-net';

export { ARE_PARAMETERS, DEFAULT_ARE, type AreParameters, type Parameter } from './are-parameters';

export interface AreInput {
  /** Gross pay over the reference period (24 months; 36 for older claimants). */
  grossReferenceMinor: number;
  /** Calendar days of that period. */
  referenceDays: number;
  daysWorked: number;
  age: number;
  contractEnd: string;
  /** Severance above the legal minimum, which delays the start. */
  supraLegalSeveranceMinor: number;
  leavePayoutMinor: number;
  economicDismissal: boolean;
}

export interface AreEstimate {
  dailyReferenceMinor: number;
  dailyMinor: number;
  monthlyMinor: number;
  /** The net of a full 30-day month at the full rate (see are-net.ts). */
  monthlyNetMinor: number;
  delays: { leaveDays: number; specificDays: number; waitingDays: number };
  /** The severance divisor used: its year and source are shown beside the result. */
  divisor: DatedDivisor;
  startsOn: string;
  durationDays: number;
  reducedDailyMinor: number | null;
  reducedFromDay: number;
  benefits: Benefits;
}

const rate = (minor: number, basisPoints: number) => Math.round((minor * basisPoints) / 10_000);

export function estimateAre(
  input: AreInput,
  p: AreParameters = DEFAULT_ARE,
  divisor: DatedDivisor = specificDelayDivisor(input.contractEnd),
): AreEstimate {
  const sjr = Math.round(input.grossReferenceMinor / Math.max(1, input.referenceDays));
  const higher = Math.max(
    rate(sjr, p.lowRateBasisPoints) + p.fixedPartMinorPerDay,
    rate(sjr, p.highRateBasisPoints),
  );
  // The cap wins over the minimum: a very low wage gets 75 % of itself, not the minimum.
  const daily = Math.min(Math.max(higher, p.minimumMinorPerDay), rate(sjr, p.capRateBasisPoints));
  const leaveDays = sjr === 0 ? 0 : Math.min(p.leaveDelayMaxDays, Math.floor(input.leavePayoutMinor / sjr));
  const specificCap = input.economicDismissal ? p.specificDelayMaxDaysEconomic : p.specificDelayMaxDays;
  const specificDays = Math.min(
    specificCap,
    Math.floor(input.supraLegalSeveranceMinor / Math.max(1, divisor.hundredths)),
  );
  const delay = leaveDays + specificDays + p.waitingDays;
  const startsOn = format(addDays(parseISO(input.contractEnd), 1 + delay), 'yyyy-MM-dd');
  const maxDays = input.age >= 57 ? p.maxDays57Plus : input.age >= 55 ? p.maxDays55to56 : p.maxDaysUnder55;
  // Decree 2023-33: days worked × 0.75, rounded UP to a whole day (integer arithmetic: no 0.75 drift).
  const coefficientDays = Math.ceil((input.daysWorked * p.durationCoefficientPercent) / 100);
  const durationDays = Math.min(maxDays, Math.max(p.minimumDurationDays, coefficientDays));
  const degressive = input.age < p.degressivityAgeLimit && daily > p.degressivityFloorMinorPerDay;
  const reducedDaily = degressive
    ? Math.max(p.degressivityFloorMinorPerDay, Math.round((daily * (100 - p.degressivityCutPercent)) / 100))
    : null;
  const claim: AreClaim = {
    dailyReferenceMinor: sjr,
    dailyMinor: daily,
    reducedDailyMinor: reducedDaily,
    reducedFromDay: p.degressivityFromDay,
    capitalDays: durationDays,
    earningsSharePercent: p.workingWhileClaimingPercent,
    capDaysHundredths: p.monthlyCapDaysHundredths,
    net: {
      pensionBasisPoints: p.pensionBasisPoints,
      pensionThresholdMinor: p.pensionThresholdMinorPerDay,
      csgBasisPoints: p.csgBasisPoints,
      crdsBasisPoints: p.crdsBasisPoints,
      csgBaseBasisPoints: p.csgBaseBasisPoints,
      csgThresholdMinor: p.csgThresholdMinorPerDay,
    },
  };
  // The fixed-rule fields keep the nominal months for readers that show one amount; the
  // projection follows `are` (are-payments.ts).
  const payments = Math.ceil(durationDays / 30);
  const lastDays = durationDays - (payments - 1) * 30;
  const reducedFromPayment = Math.ceil(p.degressivityFromDay / 30);
  const lastDaily = reducedDaily !== null && payments >= reducedFromPayment ? reducedDaily : daily;
  return {
    dailyReferenceMinor: sjr,
    dailyMinor: daily,
    monthlyMinor: daily * 30,
    monthlyNetMinor: netDay(daily, claim).netMinor * 30,
    delays: { leaveDays, specificDays, waitingDays: p.waitingDays },
    divisor,
    startsOn,
    durationDays,
    reducedDailyMinor: reducedDaily,
    reducedFromDay: p.degressivityFromDay,
    benefits: {
      amountMinor: daily * 30,
      period: 'month',
      startsOn,
      payments,
      reducedAmountMinor: reducedDaily === null ? null : reducedDaily * 30,
      reducedFromPayment: reducedDaily === null ? null : reducedFromPayment,
      finalPaymentMinor: lastDays === 30 ? null : lastDaily * lastDays,
      partialPercent: p.workingWhileClaimingPercent,
      partialDisregardMinor: 0,
      netPercent: 100,
      endsWithNewJob: true,
      are: claim,
    },
  };
}

/** United States: the weekly amount and weeks come from the state's letter; only the rule is ours. */
export function usBenefits(input: {
  weeklyMinor: number;
  weeks: number;
  startsOn: string;
  partialPercent: number;
  disregardMinor: number;
}): Benefits {
  return {
    amountMinor: input.weeklyMinor,
    period: 'week',
    startsOn: input.startsOn,
    payments: input.weeks,
    reducedAmountMinor: null,
    reducedFromPayment: null,
    finalPaymentMinor: null,
    partialPercent: input.partialPercent,
    partialDisregardMinor: input.disregardMinor,
    netPercent: 100,
    endsWithNewJob: true,
    are: null,
  };
}
