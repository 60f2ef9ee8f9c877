/** The budget section in the renderer: every change goes through main before the screen. */
import { create } from 'zustand';
import type { BudgetSection } from '../../../preload/contract/budget-section';
import { emptyBudgetSection } from '../../../preload/contract/section-defaults';
import type { VolatilityChoice, VolatilityKind } from '../domain/budget/volatility';
import { sectionCommitter } from './section-committer';

export const useBudgetStore = create<{ section: BudgetSection }>(() => ({ section: emptyBudgetSection() }));

const commit = sectionCommitter('budget', useBudgetStore);

/** One change to the budget, built from the section as main last accepted it. */
export const updateBudget = (change: (section: BudgetSection) => BudgetSection) => commit(change);

/**
 * Gig what-ifs the user opened with one click (domain/budget/volatility.ts), shown beside the
 * Baseline until closed. Never saved: they are questions, not plans.
 */
export const useGigWhatIfStore = create<{ choices: VolatilityChoice[] }>(() => ({ choices: [] }));

/** Opens a gig what-if, replacing one of the same kind (one click, one scenario). */
export function showGigWhatIf(choice: VolatilityChoice): void {
  useGigWhatIfStore.setState((state) => ({
    choices: [...state.choices.filter((c) => c.kind !== choice.kind), choice],
  }));
}

export function closeGigWhatIf(kind: VolatilityKind): void {
  useGigWhatIfStore.setState((state) => ({ choices: state.choices.filter((c) => c.kind !== kind) }));
}
