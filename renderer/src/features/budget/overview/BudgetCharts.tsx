import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { format, parseISO } from 'date-fns';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { useBudgetView } from '../../../views/use-budget-view';

// Shared by both charts: one look, one place to change it.
const CHART = { width: 760, margin: { left: 8, right: 24, top: 16 }, accessibilityLayer: false };
const AXIS = { stroke: 'var(--text-muted)', tick: { fill: 'var(--text)', fontSize: 12 } };

const LINE_COLOURS = [
  'var(--chart-have)',
  'var(--chart-lean)',
  'var(--chart-pessimistic)',
  'var(--chart-need)',
  'var(--text-muted)',
];

/**
 * Balance over time per scenario, with the runway end and the ready date marked, and monthly
 * income against expenses. Hidden from screen readers: the table below holds the same numbers.
 */
export const BudgetCharts = memo(function BudgetCharts({ view }: { view: ReturnType<typeof useBudgetView> }) {
  const { t } = useTranslation();
  const { scenarios, formatters, readyDate } = view;
  const baseline = scenarios[0]?.projection;
  if (!baseline) return null;
  const label = (iso: string) => format(parseISO(iso), 'MMM yy', { locale: formatters.dateLocale });
  const monthOf = (iso: string | null) => {
    if (iso === null) return null;
    const row = [...baseline.months].reverse().find((month) => month.start <= iso);
    return row ? label(row.start) : null;
  };
  const major = (minor: number) => Math.round(minor / 100);
  // Whole currency units on the chart's axis; the table below keeps the cents.
  const balances = baseline.months.map((row, i) => {
    const point: Record<string, string | number> = { month: label(row.start) };
    for (const { id, projection } of scenarios) point[id] = major(projection.months[i]?.endBalanceMinor ?? 0);
    return point;
  });
  const flows = baseline.months.map((row) => ({
    month: label(row.start),
    income: major(row.incomeMinor),
    expenses: major(row.expenseMinor),
  }));
  const runwayMonth = monthOf(baseline.runwayEnd);
  const readyMonth = monthOf(readyDate);
  // A label drawn right of a line near the chart's right edge is cut off: put it on the left.
  const side = (month: string | null) => {
    const index = balances.findIndex((point) => point.month === month);
    return index > (balances.length * 2) / 3 ? 'Right' : 'Left';
  };
  const axisTick = (value: number) => formatters.axis(value);
  const name = (id: string, custom: string | null) =>
    custom ?? t(`budget.scenarios.names.${id as 'baseline'}`);
  return (
    <div className="card" aria-hidden="true">
      <figure className="chart">
        <figcaption>{t('budget.charts.balance', { currency: view.currency })}</figcaption>
        <LineChart height={300} data={balances} {...CHART}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis dataKey="month" interval={2} {...AXIS} />
          <YAxis width={80} tickFormatter={axisTick} {...AXIS} />
          <Legend />
          {scenarios.map(({ id, name: custom }, i) => (
            <Line
              key={id}
              type="monotone"
              dataKey={id}
              name={name(id, custom)}
              stroke={LINE_COLOURS[i % LINE_COLOURS.length]}
              dot={false}
              strokeWidth={id === 'baseline' ? 3 : 2}
              isAnimationActive={false}
            />
          ))}
          {runwayMonth ? (
            <ReferenceLine
              x={runwayMonth}
              stroke="var(--error-text)"
              strokeDasharray="6 3"
              label={{
                value: t('budget.charts.runwayEnd'),
                fill: 'var(--text)',
                position: `insideTop${side(runwayMonth)}`,
              }}
            />
          ) : null}
          {readyMonth ? (
            <ReferenceLine
              x={readyMonth}
              stroke="var(--success-text)"
              strokeDasharray="2 2"
              label={{
                value: t('budget.charts.ready'),
                fill: 'var(--text)',
                position: `insideBottom${side(readyMonth)}`,
              }}
            />
          ) : null}
        </LineChart>
      </figure>
      <figure className="chart">
        <figcaption>{t('budget.charts.flows', { currency: view.currency })}</figcaption>
        <BarChart height={260} data={flows} {...CHART}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" vertical={false} />
          <XAxis dataKey="month" interval={2} {...AXIS} />
          <YAxis width={80} tickFormatter={axisTick} {...AXIS} />
          <Legend />
          <Bar
            dataKey="income"
            name={t('budget.table.income')}
            fill="var(--chart-have)"
            isAnimationActive={false}
          />
          <Bar
            dataKey="expenses"
            name={t('budget.table.expenses')}
            fill="var(--chart-need)"
            isAnimationActive={false}
          />
        </BarChart>
      </figure>
    </div>
  );
});
