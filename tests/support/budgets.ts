import { emptyBudgetSection, type AreClaim, type BudgetSection } from '../../preload/contract/budget-section';
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

/** An ARE claim with the 2025 rates (see are-parameters.ts); a case says what differs. */
export const areClaim = (changes: Partial<AreClaim> = {}): AreClaim => ({
  dailyReferenceMinor: 7890,
  dailyMinor: 4506,
  reducedDailyMinor: null,
  reducedFromDay: 183,
  capitalDays: 548,
  earningsSharePercent: 70,
  capDaysHundredths: 3042,
  net: {
    pensionBasisPoints: 300,
    pensionThresholdMinor: 3197,
    csgBasisPoints: 620,
    crdsBasisPoints: 50,
    csgBaseBasisPoints: 9825,
    csgThresholdMinor: 6000,
  },
  ...changes,
});
