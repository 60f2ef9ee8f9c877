/**
 * What the gig log changes in the budget, for the screen to say it: each logged month's ARE
 * payment with the logged earnings and as the plan alone would have had it, and how far the
 * Baseline's runway moves. Pure; the projections come from budget-plan.ts.
 */
import { dayIndex, isoMonthsAfter } from '../day-index';
import type { ArePayment } from './are-payments';
import { baselineWithoutLog, buildBudget, placeableOffers, type BudgetInput } from './budget-plan';
import { arePaymentsFor, type ScenarioSettings } from './flows';
import { PROJECTION_MONTHS, type Projection } from './projection';

export interface GigBenefitMonth {
  start: string;
  withLog: ArePayment | null;
  /** The same month from the plan alone (no log). */
  withoutLog: ArePayment | null;
}

/** Each logged month's ARE payment, with the log and without it (the Baseline's rules). */
export function gigBenefitMonths(input: BudgetInput): GigBenefitMonth[] {
  const gig = input.gig ?? null;
  if (gig === null || gig.from === null) return [];
  const settings: ScenarioSettings = {
    discretionaryCutPercent: 0,
    offerDelayMonths: 0,
    benefitCutPercent: 0,
    sideCutPercent: 0,
    offerThresholdPercent: input.section.offerThresholdPercent,
    extraSideMonthlyMinor: 0,
  };
  const newIncomes = [...input.section.newIncomes, ...placeableOffers(input.offers, input.currency)];
  const firstJob =
    newIncomes
      .filter((income) => income.likelihood >= settings.offerThresholdPercent)
      .map((income) => income.startsOn)
      .sort()[0] ?? null;
  const flowInput = {
    section: input.section,
    newIncomes,
    pathCosts: input.pathCosts,
    start: input.start,
    end: isoMonthsAfter(input.start, PROJECTION_MONTHS + 1),
  };
  const withLog = arePaymentsFor({ ...flowInput, gig }, settings, firstJob);
  const withoutLog = arePaymentsFor({ ...flowInput, gig: null }, settings, firstJob);
  // A claim's first month may start mid-month: the payment whose period holds the month's first day or starts in it.
  const inMonth = (payments: ArePayment[], start: string) =>
    payments.find((p) => p.from.slice(0, 7) === start.slice(0, 7)) ?? null;
  return gig.months.map((month) => ({
    start: month.start,
    withLog: inMonth(withLog, month.start),
    withoutLog: inMonth(withoutLog, month.start),
  }));
}

export type RunwayChange =
  | { kind: 'none' }
  /** Days later (positive) or earlier (negative) the money falls below the floor. */
  | { kind: 'moved'; days: number; from: string; to: string }
  /** With the log the money now lasts the whole projection. */
  | { kind: 'lasts'; from: string }
  /** With the log the money now runs out within the projection. */
  | { kind: 'ends'; to: string };

export function runwayChange(withLog: Projection, withoutLog: Projection | null): RunwayChange {
  if (withoutLog === null) return { kind: 'none' };
  const before = withoutLog.runwayEnd;
  const after = withLog.runwayEnd;
  if (before === after) return { kind: 'none' };
  if (after === null) return { kind: 'lasts', from: before as string };
  if (before === null) return { kind: 'ends', to: after };
  return { kind: 'moved', days: dayIndex(after) - dayIndex(before), from: before, to: after };
}

/** The Baseline (no what-if, no gig what-if) with the log against the plan alone. */
export function gigRunwayChange(input: BudgetInput): RunwayChange {
  const withoutLog = baselineWithoutLog(input);
  if (withoutLog === null) return { kind: 'none' };
  const withLog = buildBudget({ ...input, volatility: [] })[0]?.projection;
  return withLog ? runwayChange(withLog, withoutLog) : { kind: 'none' };
}
