import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import debounceFn from 'debounce-fn';
import { useTranslation } from 'react-i18next';
import { NO_WHAT_IF } from '../../../domain/budget/budget-plan';
import { useBudgetView, type BudgetWhatIf } from '../../../views/use-budget-view';
import { MonthlyTable } from './MonthlyTable';
import { ScenarioSummary } from './ScenarioSummary';
import { VerdictCard } from './VerdictCard';
import { WhatIfControls } from './WhatIfControls';

const START: BudgetWhatIf = { ...NO_WHAT_IF, hoursPerWeek: null };

const BudgetCharts = lazy(() =>
  import('./BudgetCharts').then((module) => ({ default: module.BudgetCharts })),
);

/** The runway at a glance: the verdict, what-ifs that recompute as they move, the scenarios. */
export function BudgetOverview() {
  const { t } = useTranslation();
  const [whatIf, setWhatIf] = useState<BudgetWhatIf>(START);
  const [chartWhatIf, setChartWhatIf] = useState<BudgetWhatIf>(START);
  // The verdict and the scenario table follow every step of a slider within a frame; the
  // charts (hundreds of SVG nodes) redraw once the slider rests for a moment.
  const settleCharts = useMemo(() => debounceFn(setChartWhatIf, { wait: 150 }), []);
  useEffect(() => () => settleCharts.cancel(), [settleCharts]);
  const change = (next: BudgetWhatIf) => {
    setWhatIf(next);
    settleCharts(next);
  };
  const view = useBudgetView(whatIf);
  const chartView = useBudgetView(chartWhatIf);
  if (view.section.accounts.length === 0 && view.section.expenses.length === 0) {
    return <p className="card">{t('budget.overview.empty')}</p>;
  }
  return (
    <>
      <VerdictCard view={view} />
      <WhatIfControls whatIf={whatIf} onChange={change} profileHours={view.profileHours} />
      <ScenarioSummary view={view} />
      <Suspense fallback={null}>
        <BudgetCharts view={chartView} />
      </Suspense>
      <MonthlyTable view={view} />
    </>
  );
}
