/**
 * An estimate of France's unemployment benefit (ARE), for planning only: France Travail's
 * own simulator and decision letter are what count. Every rate is a dated parameter with its
 * source, which the user can change when the rules move (they are revalued every July).
 *
 * Money in cents; each step rounds once, half up, to the cent. A benefit month is 30 days
 * (since 1 January 2024, whatever the month's length).
 */
import { addDays, format, parseISO } from 'date-fns';
import type { Benefits } from '../../../../preload/contract/budget-section';

export interface Parameter {
  value: number;
  validFrom: string;
  source: string;
}

export const ARE_PARAMETERS = {
  fixedPartMinorPerDay: {
    value: 1318,
    validFrom: '2025-07-01',
    source: 'Unédic board, 25 June 2025 (cdg16.fr, cegape.fr)',
  },
  minimumMinorPerDay: {
    value: 3213,
    validFrom: '2025-07-01',
    source: 'Unédic board, 25 June 2025 (cdg16.fr, cegape.fr)',
  },
  lowRateBasisPoints: {
    value: 4040,
    validFrom: '2025-07-01',
    source: 'Unédic rules: 40.4 % of the daily reference wage + the fixed part',
  },
  highRateBasisPoints: {
    value: 5700,
    validFrom: '2025-07-01',
    source: 'Unédic rules: 57 % of the daily reference wage',
  },
  capRateBasisPoints: {
    value: 7500,
    validFrom: '2025-07-01',
    source: 'Unédic rules: at most 75 % of the daily reference wage',
  },
  waitingDays: { value: 7, validFrom: '2025-07-01', source: 'unedic.org: 7-day waiting period' },
  leaveDelayMaxDays: {
    value: 30,
    validFrom: '2025-07-01',
    source: 'unedic.org: paid-leave delay, at most 30 days',
  },
  specificDelayDivisorMinor: {
    value: 10790,
    validFrom: '2024-01-01',
    source: 'unedic.org (updated 27 Nov 2024): divisor 107.9 for 2024, revalued yearly',
  },
  specificDelayMaxDays: { value: 150, validFrom: '2025-07-01', source: 'unedic.org: at most 150 days' },
  specificDelayMaxDaysEconomic: {
    value: 75,
    validFrom: '2025-07-01',
    source: 'unedic.org: at most 75 days for an economic dismissal',
  },
  durationCoefficientPercent: { value: 75, validFrom: '2023-02-01', source: 'Unédic: days worked × 0.75' },
  minimumDurationDays: {
    value: 182,
    validFrom: '2023-02-01',
    source: 'Unédic: about 6 months at least (check your letter)',
  },
  maxDaysUnder55: {
    value: 548,
    validFrom: '2025-04-01',
    source: 'reported 18 months by age band (age bands change with reforms)',
  },
  maxDays55to56: {
    value: 685,
    validFrom: '2025-04-01',
    source: 'reported 22.5 months by age band (age bands change with reforms)',
  },
  maxDays57Plus: {
    value: 822,
    validFrom: '2025-04-01',
    source: 'reported 27 months by age band (age bands change with reforms)',
  },
  degressivityAgeLimit: {
    value: 55,
    validFrom: '2025-04-01',
    source: 'itg.fr: claimants under the age threshold (check the current one)',
  },
  degressivityFloorMinorPerDay: {
    value: 9257,
    validFrom: '2025-07-01',
    source: 'Unédic board, 25 June 2025 (cdg16.fr, cegape.fr)',
  },
  degressivityCutPercent: {
    value: 30,
    validFrom: '2021-07-01',
    source: 'itg.fr: 30 % less from the 7th month',
  },
  degressivityFromMonth: { value: 7, validFrom: '2021-07-01', source: 'itg.fr: from the 7th month' },
  workingWhileClaimingPercent: {
    value: 70,
    validFrom: '2025-07-01',
    source: 'empruntis: 70 % of new gross earnings come off the month',
  },
} satisfies Record<string, Parameter>;

export type AreParameters = { [K in keyof typeof ARE_PARAMETERS]: number };
export const DEFAULT_ARE: AreParameters = Object.fromEntries(
  Object.entries(ARE_PARAMETERS).map(([key, parameter]) => [key, parameter.value]),
) as AreParameters;

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
  delays: { leaveDays: number; specificDays: number; waitingDays: number };
  startsOn: string;
  durationDays: number;
  reducedDailyMinor: number | null;
  benefits: Benefits;
}

const rate = (minor: number, basisPoints: number) => Math.round((minor * basisPoints) / 10_000);

export function estimateAre(input: AreInput, p: AreParameters = DEFAULT_ARE): AreEstimate {
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
    Math.floor(input.supraLegalSeveranceMinor / p.specificDelayDivisorMinor),
  );
  const delay = leaveDays + specificDays + p.waitingDays;
  const startsOn = format(addDays(parseISO(input.contractEnd), 1 + delay), 'yyyy-MM-dd');
  const maxDays = input.age >= 57 ? p.maxDays57Plus : input.age >= 55 ? p.maxDays55to56 : p.maxDaysUnder55;
  const durationDays = Math.min(
    maxDays,
    Math.max(p.minimumDurationDays, Math.round((input.daysWorked * p.durationCoefficientPercent) / 100)),
  );
  const degressive = input.age < p.degressivityAgeLimit && daily > p.degressivityFloorMinorPerDay;
  const reducedDaily = degressive
    ? Math.max(p.degressivityFloorMinorPerDay, Math.round((daily * (100 - p.degressivityCutPercent)) / 100))
    : null;
  const payments = Math.ceil(durationDays / 30);
  const lastDays = durationDays - (payments - 1) * 30;
  const lastDaily = reducedDaily !== null && payments >= p.degressivityFromMonth ? reducedDaily : daily;
  return {
    dailyReferenceMinor: sjr,
    dailyMinor: daily,
    monthlyMinor: daily * 30,
    delays: { leaveDays, specificDays, waitingDays: p.waitingDays },
    startsOn,
    durationDays,
    reducedDailyMinor: reducedDaily,
    benefits: {
      amountMinor: daily * 30,
      period: 'month',
      startsOn,
      payments,
      reducedAmountMinor: reducedDaily === null ? null : reducedDaily * 30,
      reducedFromPayment: reducedDaily === null ? null : p.degressivityFromMonth,
      finalPaymentMinor: lastDays === 30 ? null : lastDaily * lastDays,
      partialPercent: p.workingWhileClaimingPercent,
      partialDisregardMinor: 0,
      netPercent: 100,
      endsWithNewJob: true,
      are: null,
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
