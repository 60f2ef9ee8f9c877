/** The budget section in the renderer: every change goes through main before the screen. */
import { create } from 'zustand';
import { emptyBudgetSection, type BudgetSection } from '../../../preload/contract/budget-section';
import { sectionCommitter } from './section-committer';

export const useBudgetStore = create<{ section: BudgetSection }>(() => ({ section: emptyBudgetSection() }));

const commit = sectionCommitter('budget', useBudgetStore);

/** One change to the budget, built from the section as main last accepted it. */
export const updateBudget = (change: (section: BudgetSection) => BudgetSection) => commit(change);
