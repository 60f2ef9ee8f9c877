import { memo, useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { format, parseISO } from 'date-fns';
import { useAfterFirstPaint } from '../../../components/use-after-first-paint';
import type { useBudgetView } from '../../../views/use-budget-view';
import { BalanceChart, type MonthMarker } from './charts/BalanceChart';
import { SCENARIO_COLOURS } from '../../../components/charts/chart-frame';
import { VerticalBars } from '../../../components/charts/VerticalBars';

/**
 * Balance over time per scenario, with the runway end and the ready date marked, and monthly
 * income against expenses. Hidden from screen readers: the table below holds the same numbers.
 * The second chart is drawn after the first has painted, so opening the Budget is never one
 * long task.
 */
export const BudgetCharts = memo(function BudgetCharts({ view }: { view: ReturnType<typeof useBudgetView> }) {
  const { t } = useTranslation();
  const flowsShown = useDeferredValue(useAfterFirstPaint());
  const { scenarios, formatters, readyDate } = view;
  const baseline = scenarios[0]?.projection;
  if (!baseline) return null;
  const label = (iso: string) => format(parseISO(iso), 'MMM yy', { locale: formatters.dateLocale });
  const months = baseline.months.map((row) => label(row.start));
  const monthOf = (iso: string | null) => {
    if (iso === null) return null;
    const row = [...baseline.months].reverse().find((month) => month.start <= iso);
    return row ? label(row.start) : null;
  };
  // Whole currency units on the chart; the table below keeps the cents.
  const major = (minor: number) => Math.round(minor / 100);
  const series = scenarios.map(({ id, name, projection }, i) => ({
    id,
    name: name ?? t(`budget.scenarios.names.${id as 'baseline'}`),
    colour: SCENARIO_COLOURS[i % SCENARIO_COLOURS.length] ?? SCENARIO_COLOURS[0],
    values: baseline.months.map((_, month) => major(projection.months[month]?.endBalanceMinor ?? 0)),
  }));
  const runwayMonth = monthOf(baseline.runwayEnd);
  const readyMonth = monthOf(readyDate);
  const markers: MonthMarker[] = [
    ...(runwayMonth
      ? [
          {
            month: runwayMonth,
            label: t('budget.charts.runwayEnd'),
            colour: 'var(--error-text)',
            dash: '6 3',
          },
        ]
      : []),
    ...(readyMonth
      ? [{ month: readyMonth, label: t('budget.charts.ready'), colour: 'var(--success-text)', dash: '2 2' }]
      : []),
  ];
  const flows = [
    { key: 'income', name: t('budget.table.income'), colour: 'var(--chart-have)', field: 'incomeMinor' },
    { key: 'expenses', name: t('budget.table.expenses'), colour: 'var(--chart-need)', field: 'expenseMinor' },
  ] as const;
  return (
    <div className="card" aria-hidden="true">
      <figure className="chart">
        <figcaption>{t('budget.charts.balance', { currency: view.currency })}</figcaption>
        <BalanceChart months={months} series={series} markers={markers} formatTick={formatters.axis} />
      </figure>
      {flowsShown ? (
        <figure className="chart">
          <figcaption>{t('budget.charts.flows', { currency: view.currency })}</figcaption>
          <VerticalBars
            categories={months}
            series={flows.map(({ field, ...shown }) => ({
              ...shown,
              values: baseline.months.map((row) => major(row[field])),
            }))}
            formatTick={formatters.axis}
            height={260}
            labelEvery={3}
          />
        </figure>
      ) : null}
    </div>
  );
});
