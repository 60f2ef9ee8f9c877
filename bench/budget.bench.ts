/** Budget: 36 months × 5 scenarios projected from a full budget (issue target: under 2 ms). */
import { buildBudget } from '../renderer/src/domain/budget/budget-plan';
import { FULL_BUDGET } from '../tests/support/full-budget';
import type { Benchmark } from './harness';

export const budgetBenchmarks: Benchmark[] = [
  {
    name: 'budget: 36 months × 5 scenarios projected',
    targetMs: 2,
    run: () =>
      buildBudget({ section: FULL_BUDGET, offers: [], currency: 'EUR', pathCosts: [], start: '2026-11-21' }),
  },
];
