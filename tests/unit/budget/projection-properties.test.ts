import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { BudgetSection } from '../../../preload/contract/budget-section';
import { account, baseline, budget, expense } from '../../support/budgets';

const START = '2026-01-01';
const day = fc.integer({ min: 0, max: 900 }).map((n) => {
  const date = new Date(Date.UTC(2026, 0, 1 + n));
  return date.toISOString().slice(0, 10);
});
const sections: fc.Arbitrary<BudgetSection> = fc
  .record({
    balance: fc.integer({ min: -100_000, max: 5_000_000 }),
    floor: fc.integer({ min: 0, max: 200_000 }),
    expenses: fc.array(
      fc.record({
        amount: fc.integer({ min: 0, max: 300_000 }),
        day: fc.integer({ min: 1, max: 31 }),
        essential: fc.boolean(),
      }),
      { maxLength: 5 },
    ),
    incomes: fc.array(fc.record({ amount: fc.integer({ min: 0, max: 500_000 }), on: day }), { maxLength: 3 }),
    side: fc.array(fc.record({ amount: fc.integer({ min: 0, max: 200_000 }), on: day }), { maxLength: 2 }),
  })
  .map((r) =>
    budget({
      floorMinor: r.floor,
      accounts: [account(r.balance)],
      expenses: r.expenses.map((e, i) => expense(e.amount, e.day, e.essential, `e${i}`)),
      oneOffIncomes: r.incomes.map((income, i) => ({
        id: `i${i}`,
        kind: 'other' as const,
        label: 'x',
        amountMinor: income.amount,
        on: income.on,
        netPercent: 100,
      })),
      sideIncomes: r.side.map((s, i) => ({
        id: `s${i}`,
        label: 's',
        monthlyMinor: s.amount,
        startsOn: s.on,
        endsOn: null,
        netPercent: 100,
      })),
    }),
  );
// A runway that never ends within the projection counts as the longest.
const length = (end: string | null) => end ?? '9999-12-31';

describe('projection properties', () => {
  it('adding an expense never lengthens the runway', () => {
    fc.assert(
      fc.property(
        sections,
        fc.integer({ min: 1, max: 300_000 }),
        fc.integer({ min: 1, max: 31 }),
        (section, amount, dayOfMonth) => {
          const before = baseline(section, START).runwayEnd;
          const after = baseline(
            { ...section, expenses: [...section.expenses, expense(amount, dayOfMonth, true, 'added')] },
            START,
          ).runwayEnd;
          expect(length(after) <= length(before)).toBe(true);
        },
      ),
    );
  });

  it('adding income never shortens the runway', () => {
    fc.assert(
      fc.property(sections, fc.integer({ min: 1, max: 500_000 }), day, (section, amount, on) => {
        const before = baseline(section, START).runwayEnd;
        const more = {
          ...section,
          oneOffIncomes: [
            ...section.oneOffIncomes,
            { id: 'added', kind: 'other' as const, label: 'x', amountMinor: amount, on, netPercent: 100 },
          ],
        };
        expect(length(baseline(more, START).runwayEnd) >= length(before)).toBe(true);
      }),
    );
  });

  it('keeps the balance continuous from month to month', () => {
    fc.assert(
      fc.property(sections, (section) => {
        const { months } = baseline(section, START);
        months.forEach((row, i) => {
          expect(row.endBalanceMinor).toBe(row.startBalanceMinor + row.incomeMinor - row.expenseMinor);
          if (i > 0) expect(row.startBalanceMinor).toBe(months[i - 1]?.endBalanceMinor);
          expect(row.lowestMinor).toBeLessThanOrEqual(Math.min(row.startBalanceMinor, row.endBalanceMinor));
        });
      }),
    );
  });
});
