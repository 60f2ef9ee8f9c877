/**
 * The month-by-month projection of one scenario, walking its flows day by day. The runway
 * ends on the first day the balance, after all of that day's flows, is below the safety
 * floor (or on the first day, if it already is). Balances are continuous: each month starts
 * where the previous one ended.
 */
import { intervalToDuration, parseISO } from 'date-fns';
import { isoMonthsAfter } from '../day-index';
import type { Flow } from './flows';

export const PROJECTION_MONTHS = 36;

export interface MonthRow {
  /** The first day of the month (or the projection's first day, for the first month). */
  start: string;
  startBalanceMinor: number;
  incomeMinor: number;
  expenseMinor: number;
  /** Without one-off payments: what the month costs and brings in as a rule. */
  recurringIncomeMinor: number;
  recurringExpenseMinor: number;
  endBalanceMinor: number;
  lowestMinor: number;
}

export interface Projection {
  months: MonthRow[];
  runwayEnd: string | null;
  /** How long the money lasts, in whole months and days (date-fns intervals). */
  runway: { months: number; days: number } | null;
  lowest: { balanceMinor: number; on: string };
  /** Average net outflow per full month before new income starts (rounded half up). */
  burnMinor: number;
  /** The first month, once new income has started, that brings in at least what it costs. */
  breakEvenMonth: string | null;
  firstNewIncome: string | null;
}

const ONE_OFF = new Set(['one-off-income', 'one-off-expense']);

export function project(
  flows: readonly Flow[],
  start: string,
  startingBalanceMinor: number,
  floorMinor: number,
): Projection {
  const firstMonth = `${start.slice(0, 7)}-01`;
  const monthStarts = Array.from({ length: PROJECTION_MONTHS + 1 }, (_, i) =>
    i === 0 ? start : isoMonthsAfter(firstMonth, i),
  );
  let balance = startingBalanceMinor;
  let runwayEnd = balance < floorMinor ? start : null;
  let lowest = { balanceMinor: balance, on: start };
  const months: MonthRow[] = [];
  let index = 0;
  for (let m = 0; m < PROJECTION_MONTHS; m += 1) {
    const row: MonthRow = {
      start: monthStarts[m] as string,
      startBalanceMinor: balance,
      incomeMinor: 0,
      expenseMinor: 0,
      recurringIncomeMinor: 0,
      recurringExpenseMinor: 0,
      endBalanceMinor: balance,
      lowestMinor: balance,
    };
    const nextStart = monthStarts[m + 1] as string;
    while (index < flows.length && (flows[index] as Flow).on < nextStart) {
      const day = (flows[index] as Flow).on;
      // All of a day's flows land together: pay arriving the day rent leaves is not a dip.
      while (index < flows.length && (flows[index] as Flow).on === day) {
        const flow = flows[index] as Flow;
        balance += flow.amountMinor;
        const recurring = !ONE_OFF.has(flow.kind);
        if (flow.amountMinor >= 0) {
          row.incomeMinor += flow.amountMinor;
          if (recurring) row.recurringIncomeMinor += flow.amountMinor;
        } else {
          row.expenseMinor -= flow.amountMinor;
          if (recurring) row.recurringExpenseMinor -= flow.amountMinor;
        }
        index += 1;
      }
      if (balance < row.lowestMinor) row.lowestMinor = balance;
      if (balance < lowest.balanceMinor) lowest = { balanceMinor: balance, on: day };
      if (runwayEnd === null && balance < floorMinor) runwayEnd = day;
    }
    row.endBalanceMinor = balance;
    months.push(row);
  }
  const firstNewIncome = flows.find((flow) => flow.kind === 'new-income')?.on ?? null;
  const incomeMonth =
    firstNewIncome === null
      ? PROJECTION_MONTHS
      : months.findIndex((row, i) => (monthStarts[i + 1] as string) > firstNewIncome);
  // Full months only: the first one is partial when the projection starts mid-month.
  const before = months.slice(1, Math.max(1, incomeMonth));
  const sample = before.length > 0 ? before : months.slice(0, 1);
  const burnMinor = Math.round(
    sample.reduce((sum, row) => sum + row.recurringExpenseMinor - row.recurringIncomeMinor, 0) /
      sample.length,
  );
  const breakEven =
    firstNewIncome === null
      ? null
      : months.slice(incomeMonth).find((row) => row.recurringIncomeMinor >= row.recurringExpenseMinor);
  const runway =
    runwayEnd === null ? null : intervalToDuration({ start: parseISO(start), end: parseISO(runwayEnd) });
  return {
    months,
    runwayEnd,
    runway:
      runway === null
        ? null
        : { months: (runway.years ?? 0) * 12 + (runway.months ?? 0), days: runway.days ?? 0 },
    lowest,
    burnMinor,
    breakEvenMonth: breakEven?.start ?? null,
    firstNewIncome,
  };
}
