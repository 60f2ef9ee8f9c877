import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ReferenceLine, XAxis, YAxis } from 'recharts';
import { useFormatters } from '../../../components/use-formatters';

/**
 * The funnel and the weekly counts as bars, for people who would rather look than read. The
 * same numbers are in the tables beside them, which screen readers use.
 */
export function FunnelChart({ data }: { data: { name: string; reached: number }[] }) {
  const { t } = useTranslation();
  // "2 000" in French, "2,000" in English, on a planner with thousands of applications.
  const { axis } = useFormatters();
  return (
    <figure className="chart" aria-hidden="true">
      <figcaption>{t('applications.stats.funnel')}</figcaption>
      <BarChart
        width={560}
        height={50 + data.length * 34}
        data={data}
        layout="vertical"
        margin={{ left: 16, right: 16 }}
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tickFormatter={axis} stroke="var(--text-muted)" />
        <YAxis
          type="category"
          dataKey="name"
          width={190}
          stroke="var(--text-muted)"
          tick={{ fill: 'var(--text)', fontSize: 13 }}
        />
        <Bar
          dataKey="reached"
          name={t('applications.stats.reached')}
          fill="var(--chart-have)"
          isAnimationActive={false}
        />
      </BarChart>
    </figure>
  );
}

export function WeeklyChart({ data, goal }: { data: { week: string; applied: number }[]; goal: number }) {
  const { t } = useTranslation();
  // "2 000" in French, "2,000" in English, on a planner with thousands of applications.
  const { axis } = useFormatters();
  return (
    <figure className="chart" aria-hidden="true">
      <figcaption>{t('applications.stats.perWeek')}</figcaption>
      <BarChart
        width={560}
        height={240}
        data={data}
        margin={{ left: 0, right: 16, top: 16 }}
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" vertical={false} />
        <XAxis dataKey="week" stroke="var(--text-muted)" tick={{ fill: 'var(--text)', fontSize: 12 }} />
        <YAxis allowDecimals={false} tickFormatter={axis} stroke="var(--text-muted)" />
        <Bar
          dataKey="applied"
          name={t('applications.stats.sent')}
          fill="var(--chart-have)"
          isAnimationActive={false}
        />
        {goal > 0 ? (
          <ReferenceLine
            y={goal}
            stroke="var(--chart-need)"
            strokeDasharray="6 3"
            label={{
              value: t('applications.stats.goal', { goal }),
              fill: 'var(--text)',
              position: 'insideTopRight',
            }}
          />
        ) : null}
      </BarChart>
    </figure>
  );
}
