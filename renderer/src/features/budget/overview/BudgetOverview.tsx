import { lazy, Suspense, useDeferredValue, useEffect, useMemo, useState } from 'react';
import debounceFn from 'debounce-fn';
import { useTranslation } from 'react-i18next';
import { useAfterFirstPaint } from '../../../components/use-after-first-paint';
import { NO_WHAT_IF } from '../../../domain/budget/budget-plan';
import { useBudgetView, type BudgetWhatIf } from '../../../views/use-budget-view';
import { GigInBudget } from './GigInBudget';
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
  // The slider moves in the frame of the key or drag; the five projections, the verdict and
  // the table follow in a deferred render that a next step interrupts, so input never waits.
  const shownWhatIf = useDeferredValue(whatIf);
  // The charts (hundreds of SVG nodes) redraw once the slider rests for a moment.
  const settleCharts = useMemo(() => debounceFn(setChartWhatIf, { wait: 150 }), []);
  useEffect(() => () => settleCharts.cancel(), [settleCharts]);
  const change = (next: BudgetWhatIf) => {
    setWhatIf(next);
    settleCharts(next);
  };
  const view = useBudgetView(shownWhatIf);
  const chartView = useBudgetView(chartWhatIf);
  // Opening the Budget paints the verdict and the numbers first; the charts are built after
  // that paint, in a deferred (interruptible) render, so they never hold the first frame.
  const chartsShown = useDeferredValue(useAfterFirstPaint());
  if (view.section.accounts.length === 0 && view.section.expenses.length === 0) {
    return <p className="card">{t('budget.overview.empty')}</p>;
  }
  return (
    <>
      <VerdictCard view={view} />
      <WhatIfControls whatIf={whatIf} onChange={change} profileHours={view.profileHours} />
      <ScenarioSummary view={view} />
      {/* The gig log's months, after the first paint like the charts: a second projection. */}
      {chartsShown && view.gigSection.entries.length > 0 ? <GigInBudget view={view} /> : null}
      {chartsShown ? (
        <Suspense fallback={null}>
          <BudgetCharts view={chartView} />
        </Suspense>
      ) : null}
      <MonthlyTable view={view} />
    </>
  );
}
