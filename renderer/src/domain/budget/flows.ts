/**
 * Turns the budget section into dated cash flows for one scenario: every income and cost on
 * its real day, within the projection window. Pure: no React, no clock.
 *
 * Rounding: each flow is computed from integer cents and rounded once, half up, to the cent
 * (Math.round on a non-negative number). Percentages (net share, cuts, partial benefits)
 * multiply before the single division, so 33.33 % of 100.00 is 33.33, never 33.32 + drift.
 * Monthly dates keep the original day where the month has it, else its last day
 * (date-fns addMonths, through day-index): a 31 January start pays on 28 February, then 31 March.
 */
import { dayIndex, isoDayAfter, isoDayOfMonth, isoMonthsAfter } from '../day-index';
import type { AreClaim, Benefits, BudgetSection } from '../../../../preload/contract/budget-section';
import { arePayments, type ArePayment } from './are-payments';
import { planOutsideLog, type GigFeed } from './gig-feed';
import { earnedBetween, type Earning } from './side-earnings';

export type FlowKind = 'one-off-income' | 'benefit' | 'side' | 'new-income' | 'expense' | 'one-off-expense';

export interface Flow {
  on: string;
  /** Positive for money in, negative for money out. */
  amountMinor: number;
  kind: FlowKind;
  label: string;
}

export interface ScenarioSettings {
  discretionaryCutPercent: number;
  offerDelayMonths: number;
  benefitCutPercent: number;
  sideCutPercent: number;
  /** Offers at or above this likelihood count. */
  offerThresholdPercent: number;
  /** What-if: more (or less) side income each month, in cents. */
  extraSideMonthlyMinor: number;
}

export interface NewIncome {
  label: string;
  monthlyMinor: number;
  startsOn: string;
  likelihood: number;
}

export interface FlowInput {
  section: BudgetSection;
  /** Typed-in new incomes and offers from Applications, together. */
  newIncomes: readonly NewIncome[];
  /** The Path's costs, already in the profile's currency. */
  pathCosts: readonly { label: string; amountMinor: number; on: string }[];
  start: string;
  end: string;
  /** The gig log's months: their earnings replace the plan's for the benefit rules (gig-feed.ts). */
  gig?: GigFeed | null;
  /** US: federal tax withheld from each benefit payment (W-4V, gig-taxes.ts), basis points. */
  benefitWithholdingBasisPoints?: number;
}

function share(amountMinor: number, percent: number, secondPercent = 100): number {
  return Math.round((amountMinor * percent * secondPercent) / 10_000);
}

const monthlyDates = (firstDay: string, count: number): string[] =>
  Array.from({ length: count }, (_, k) => isoMonthsAfter(firstDay, k));

function newIncomeFlows(input: FlowInput, settings: ScenarioSettings): Flow[] {
  return input.newIncomes
    .filter((income) => income.likelihood >= settings.offerThresholdPercent)
    .flatMap((income) => {
      const startsOn = isoMonthsAfter(income.startsOn, settings.offerDelayMonths);
      // Paid monthly in arrears: the first pay comes a month after the first day of work.
      return monthlyDates(startsOn, 41)
        .slice(1)
        .map((on) => ({
          on,
          amountMinor: income.monthlyMinor,
          kind: 'new-income' as const,
          label: income.label,
        }));
    });
}

function sideFlows(input: FlowInput, settings: ScenarioSettings): Flow[] {
  const sides = input.section.sideIncomes.map((side) => ({ ...side }));
  if (settings.extraSideMonthlyMinor !== 0) {
    sides.push({
      id: 'what-if',
      label: 'what-if',
      monthlyMinor: settings.extraSideMonthlyMinor,
      startsOn: input.start,
      endsOn: null,
      netPercent: 100,
    });
  }
  return sides.flatMap((side) =>
    monthlyDates(side.startsOn, 40)
      .filter((periodStart) => side.endsOn === null || periodStart < side.endsOn)
      .map((periodStart) => ({
        on: isoMonthsAfter(periodStart, 1),
        amountMinor: share(Math.max(0, side.monthlyMinor), side.netPercent, 100 - settings.sideCutPercent),
        kind: 'side' as const,
        label: side.label,
      })),
  );
}

/**
 * Side work's gross earnings as the benefit rules see them: the plan after the scenario's cut,
 * except over the months the gig log covers, where the logged earnings count as they are.
 */
function sideEarnings(input: FlowInput, settings: ScenarioSettings): Earning[] {
  const extra =
    settings.extraSideMonthlyMinor > 0
      ? [{ monthlyMinor: settings.extraSideMonthlyMinor, startsOn: input.start, endsOn: null }]
      : [];
  const plan = [...input.section.sideIncomes, ...extra].map((side) => ({
    monthlyMinor: share(side.monthlyMinor, 100 - settings.sideCutPercent),
    startsOn: side.startsOn,
    endsOn: side.endsOn,
  }));
  const gig = input.gig ?? null;
  return gig === null ? plan : [...planOutsideLog(plan, gig), ...gig.earnings];
}

/** France's ARE rule: a capital of days, paid month by month (are-payments.ts), net. */
function areFlows(
  input: FlowInput,
  settings: ScenarioSettings,
  benefits: Benefits,
  claim: AreClaim,
  newJobStarts: string | null,
): Flow[] {
  return arePayments({
    claim,
    startsOn: benefits.startsOn,
    earnings: sideEarnings(input, settings),
    newJobStarts: benefits.endsWithNewJob ? newJobStarts : null,
    until: input.end,
  })
    .filter((payment) => payment.daysPaid > 0)
    .map((payment) => ({
      on: payment.on,
      amountMinor: share(payment.netMinor, 100 - settings.benefitCutPercent),
      kind: 'benefit' as const,
      label: 'benefits',
    }));
}

/**
 * France's ARE month by month as a scenario pays it, from the claim's first day (before the
 * projection's window too): what the gig card shows for a logged month. Empty without ARE.
 */
export function arePaymentsFor(
  input: FlowInput,
  settings: ScenarioSettings,
  newJobStarts: string | null,
): ArePayment[] {
  const benefits = input.section.benefits;
  if (!benefits || benefits.are === null) return [];
  return arePayments({
    claim: benefits.are,
    startsOn: benefits.startsOn,
    earnings: sideEarnings(input, settings),
    newJobStarts: benefits.endsWithNewJob ? newJobStarts : null,
    until: input.end,
  });
}

function benefitFlows(input: FlowInput, settings: ScenarioSettings, newJobStarts: string | null): Flow[] {
  const benefits: Benefits | null = input.section.benefits;
  if (!benefits) return [];
  if (benefits.are !== null) return areFlows(input, settings, benefits, benefits.are, newJobStarts);
  const earnings = sideEarnings(input, settings);
  const step = (k: number) =>
    benefits.period === 'month'
      ? isoMonthsAfter(benefits.startsOn, k)
      : isoDayAfter(benefits.startsOn, 7 * k);
  const flows: Flow[] = [];
  for (let k = 0; k < benefits.payments; k += 1) {
    const from = step(k);
    const to = step(k + 1);
    const stopsAt =
      benefits.endsWithNewJob && newJobStarts !== null && newJobStarts < to ? newJobStarts : null;
    if (stopsAt !== null && stopsAt <= from) break;
    const reduced =
      benefits.reducedAmountMinor !== null &&
      benefits.reducedFromPayment !== null &&
      k + 1 >= benefits.reducedFromPayment;
    const full = reduced ? (benefits.reducedAmountMinor ?? 0) : benefits.amountMinor;
    const last = k === benefits.payments - 1 && benefits.finalPaymentMinor !== null;
    const gross = last ? Math.min(full, benefits.finalPaymentMinor ?? 0) : full;
    let amount = share(gross, benefits.netPercent, 100 - settings.benefitCutPercent);
    // Earnings count in the period they are earned, by days (side-earnings.ts).
    const earned = earnedBetween(earnings, from, stopsAt ?? to);
    amount = Math.max(
      0,
      amount - share(Math.max(0, earned - benefits.partialDisregardMinor), benefits.partialPercent),
    );
    if (stopsAt !== null) {
      // The period a new job starts in is paid up to the day before it, by calendar days.
      const periodDays = dayIndex(to) - dayIndex(from);
      amount = Math.round((amount * (dayIndex(stopsAt) - dayIndex(from))) / periodDays);
    }
    // The withholding the user asked for comes off what is paid (half up once, to the cent).
    const withheld = Math.round((amount * (input.benefitWithholdingBasisPoints ?? 0)) / 10_000);
    flows.push({ on: stopsAt ?? to, amountMinor: amount - withheld, kind: 'benefit', label: 'benefits' });
    if (stopsAt !== null) break;
  }
  return flows;
}

// The days a monthly cost falls on, from the projection's first month: the same for every
// scenario and every recomputation while the user drags a what-if.
const paymentDays = new Map<string, string[]>();
function monthlyPaymentDays(start: string, dayOfMonth: number): string[] {
  const key = `${start}|${dayOfMonth}`;
  let days = paymentDays.get(key);
  if (!days) {
    const firstMonth = `${start.slice(0, 7)}-01`;
    days = Array.from({ length: 38 }, (_, i) => isoDayOfMonth(isoMonthsAfter(firstMonth, i), dayOfMonth));
    paymentDays.set(key, days);
  }
  return days;
}

type Expense = BudgetSection['expenses'][number];
// A cost's flows at a given amount, remembered per cost: the five scenarios and every what-if
// step share them unless they change that cost's amount.
const expenseCache = new WeakMap<Expense, { key: string; flows: Flow[] }>();

/** Essential costs with `settings` null (they never change); the others with it. */
function expenseFlows(input: FlowInput, settings: ScenarioSettings | null): Flow[] {
  return input.section.expenses.flatMap((expense) => {
    if (expense.essential !== (settings === null)) return [];
    const amount =
      settings === null
        ? expense.monthlyMinor
        : share(expense.monthlyMinor, 100 - settings.discretionaryCutPercent);
    const key = `${input.start}|${amount}`;
    const cached = expenseCache.get(expense);
    if (cached?.key === key) return cached.flows;
    const flows = monthlyPaymentDays(input.start, expense.dayOfMonth).map((on) => ({
      on,
      amountMinor: -amount,
      kind: 'expense' as const,
      label: expense.label,
    }));
    expenseCache.set(expense, { key, flows });
    return flows;
  });
}

/** Flows inside the window, in date order; flows of one day keep the order they were listed. */
function inDateOrder(flows: readonly Flow[], start: string, end: string): Flow[] {
  // One bucket per day of the window: a linear sort (a comparison sort was half the time).
  const first = dayIndex(start);
  const buckets = new Array<Flow[] | null>(Math.max(0, dayIndex(end) - first)).fill(null);
  for (const flow of flows) {
    if (flow.on < start || flow.on >= end) continue;
    (buckets[dayIndex(flow.on) - first] ??= []).push(flow);
  }
  const sorted: Flow[] = [];
  for (const bucket of buckets) if (bucket) for (const flow of bucket) sorted.push(flow);
  return sorted;
}

/**
 * The flows no scenario changes (one-off payments and costs, essential monthly costs, the
 * Path's costs), in date order: worked out once and shared by every scenario.
 */
export function fixedFlows(input: FlowInput): Flow[] {
  return inDateOrder(
    [
      ...input.section.oneOffIncomes.map((income) => ({
        on: income.on,
        amountMinor: share(income.amountMinor, income.netPercent),
        kind: 'one-off-income' as const,
        label: income.label,
      })),
      ...expenseFlows(input, null),
      ...input.section.oneOffExpenses.map((cost) => ({
        on: cost.on,
        amountMinor: -cost.amountMinor,
        kind: 'one-off-expense' as const,
        label: cost.label,
      })),
      ...input.pathCosts.map((cost) => ({
        on: cost.on,
        amountMinor: -cost.amountMinor,
        kind: 'one-off-expense' as const,
        label: cost.label,
      })),
    ],
    input.start,
    input.end,
  );
}

/** Two date-ordered lists as one; on the same day, `first`'s flows come first. */
function merge(first: readonly Flow[], second: readonly Flow[]): Flow[] {
  const merged: Flow[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length || j < second.length) {
    const a = first[i];
    const b = second[j];
    if (b === undefined || (a !== undefined && a.on <= b.on)) {
      merged.push(a as Flow);
      i += 1;
    } else {
      merged.push(b);
      j += 1;
    }
  }
  return merged;
}

/** Every flow of the scenario from `start` (included) to `end` (excluded), in date order. */
export function scenarioFlows(
  input: FlowInput,
  settings: ScenarioSettings,
  fixed: readonly Flow[] = fixedFlows(input),
): Flow[] {
  const firstJob =
    input.newIncomes
      .filter((income) => income.likelihood >= settings.offerThresholdPercent)
      .map((income) => isoMonthsAfter(income.startsOn, settings.offerDelayMonths))
      .sort()[0] ?? null;
  const variable = inDateOrder(
    [
      ...benefitFlows(input, settings, firstJob),
      ...sideFlows(input, settings),
      ...newIncomeFlows(input, settings),
      ...expenseFlows(input, settings),
    ],
    input.start,
    input.end,
  );
  return merge(variable, fixed);
}
