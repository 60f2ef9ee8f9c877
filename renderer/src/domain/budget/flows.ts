/**
 * Turns the budget section into dated cash flows for one scenario: every income and cost on
 * its real day, within the projection window. Pure: no React, no clock.
 *
 * Rounding: each flow is computed from integer cents and rounded once, half up, to the cent
 * (Math.round on a non-negative number). Percentages (net share, cuts, partial benefits)
 * multiply before the single division, so 33.33 % of 100.00 is 33.33, never 33.32 + drift.
 * Monthly dates keep the original day where the month has it, else its last day
 * (date-fns addMonths): a 31 January start pays on 28 February, then 31 March.
 */
import {
  addMonths,
  addWeeks,
  differenceInCalendarDays,
  format,
  getDaysInMonth,
  parseISO,
  setDate,
  startOfMonth,
} from 'date-fns';
import type { Benefits, BudgetSection } from '../../../../preload/contract/budget-section';

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
}

const iso = (date: Date) => format(date, 'yyyy-MM-dd');
const share = (amountMinor: number, ...percents: number[]) =>
  Math.round(percents.reduce((value, percent) => value * percent, amountMinor) / 100 ** percents.length);

function monthlyDates(firstDay: string, count: number): string[] {
  const first = parseISO(firstDay);
  return Array.from({ length: count }, (_, k) => iso(addMonths(first, k)));
}

function newIncomeFlows(input: FlowInput, settings: ScenarioSettings): Flow[] {
  return input.newIncomes
    .filter((income) => income.likelihood >= settings.offerThresholdPercent)
    .flatMap((income) => {
      const startsOn = iso(addMonths(parseISO(income.startsOn), settings.offerDelayMonths));
      // Paid monthly in arrears: the first pay comes a month after the first day of work.
      return monthlyDates(iso(addMonths(parseISO(startsOn), 1)), 40).map((on) => ({
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
        on: iso(addMonths(parseISO(periodStart), 1)),
        amountMinor: share(Math.max(0, side.monthlyMinor), side.netPercent, 100 - settings.sideCutPercent),
        kind: 'side' as const,
        label: side.label,
      })),
  );
}

/** Side earnings (gross) in a benefit period, for the working-while-claiming rule. */
function sideEarnedBetween(input: FlowInput, settings: ScenarioSettings, from: string, to: string): number {
  const days = differenceInCalendarDays(parseISO(to), parseISO(from));
  const extra =
    settings.extraSideMonthlyMinor > 0
      ? [{ monthlyMinor: settings.extraSideMonthlyMinor, startsOn: input.start, endsOn: null }]
      : [];
  return [...input.section.sideIncomes, ...extra]
    .filter((side) => side.startsOn < to && (side.endsOn === null || side.endsOn > from))
    .reduce((sum, side) => {
      const monthly = share(side.monthlyMinor, 100 - settings.sideCutPercent);
      // A monthly payment period counts a month of earnings; a week, 12/52 of one.
      return sum + (days >= 28 ? monthly : Math.round((monthly * 12) / 52));
    }, 0);
}

function benefitFlows(input: FlowInput, settings: ScenarioSettings, newJobStarts: string | null): Flow[] {
  const benefits: Benefits | null = input.section.benefits;
  if (!benefits) return [];
  const step = (k: number) =>
    iso(
      benefits.period === 'month'
        ? addMonths(parseISO(benefits.startsOn), k)
        : addWeeks(parseISO(benefits.startsOn), k),
    );
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
    const earned = sideEarnedBetween(input, settings, from, to);
    amount = Math.max(
      0,
      amount - share(Math.max(0, earned - benefits.partialDisregardMinor), benefits.partialPercent),
    );
    if (stopsAt !== null) {
      // The period a new job starts in is paid up to the day before it, by calendar days.
      const periodDays = differenceInCalendarDays(parseISO(to), parseISO(from));
      amount = Math.round(
        (amount * differenceInCalendarDays(parseISO(stopsAt), parseISO(from))) / periodDays,
      );
    }
    flows.push({ on: stopsAt ?? to, amountMinor: amount, kind: 'benefit', label: 'benefits' });
    if (stopsAt !== null) break;
  }
  return flows;
}

function expenseFlows(input: FlowInput, settings: ScenarioSettings): Flow[] {
  const firstMonth = startOfMonth(parseISO(input.start));
  const months = Array.from({ length: 38 }, (_, i) => addMonths(firstMonth, i));
  return input.section.expenses.flatMap((expense) => {
    const amount = expense.essential
      ? expense.monthlyMinor
      : share(expense.monthlyMinor, 100 - settings.discretionaryCutPercent);
    return months.map((month) => ({
      on: iso(setDate(month, Math.min(expense.dayOfMonth, getDaysInMonth(month)))),
      amountMinor: -amount,
      kind: 'expense' as const,
      label: expense.label,
    }));
  });
}

/** Every flow of the scenario from `start` (included) to `end` (excluded), in date order. */
export function scenarioFlows(input: FlowInput, settings: ScenarioSettings): Flow[] {
  const incomes = newIncomeFlows(input, settings);
  const firstJob =
    input.newIncomes
      .filter((income) => income.likelihood >= settings.offerThresholdPercent)
      .map((income) => iso(addMonths(parseISO(income.startsOn), settings.offerDelayMonths)))
      .sort()[0] ?? null;
  const flows: Flow[] = [
    ...input.section.oneOffIncomes.map((income) => ({
      on: income.on,
      amountMinor: share(income.amountMinor, income.netPercent),
      kind: 'one-off-income' as const,
      label: income.label,
    })),
    ...benefitFlows(input, settings, firstJob),
    ...sideFlows(input, settings),
    ...incomes,
    ...expenseFlows(input, settings),
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
  ];
  return flows
    .filter((flow) => flow.on >= input.start && flow.on < input.end)
    .sort((a, b) => a.on.localeCompare(b.on));
}
