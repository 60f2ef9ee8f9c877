import { emptyBudgetSection, type BudgetSection } from '../../preload/contract/budget-section';
import { buildBudget, type WhatIf } from '../../renderer/src/domain/budget/budget-plan';

/** A budget for tests: only what a case cares about needs saying. */
export const budget = (changes: Partial<BudgetSection> = {}): BudgetSection => ({
  ...emptyBudgetSection(),
  ...changes,
});

export const account = (balanceMinor: number, emergencyOnly = false) => ({
  id: `account-${balanceMinor}`,
  name: 'Current account',
  balanceMinor,
  emergencyOnly,
});

export const expense = (
  monthlyMinor: number,
  dayOfMonth: number,
  essential = true,
  id = `e-${monthlyMinor}-${dayOfMonth}`,
) => ({
  id,
  label: id,
  category: 'Housing',
  monthlyMinor,
  essential,
  dayOfMonth,
});

/** The Baseline projection of a budget from `start`. */
export function baseline(
  section: BudgetSection,
  start: string,
  extra: { pathCosts?: { label: string; amountMinor: number; on: string }[]; whatIf?: WhatIf } = {},
) {
  const results = buildBudget(
    { section, offers: [], currency: 'EUR', pathCosts: extra.pathCosts ?? [], start },
    extra.whatIf,
  );
  return (
    results[0]?.projection ??
    (() => {
      throw new Error('no baseline');
    })()
  );
}
