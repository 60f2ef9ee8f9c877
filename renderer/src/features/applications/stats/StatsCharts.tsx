import { useTranslation } from 'react-i18next';
import { HorizontalBars } from '../../../components/charts/HorizontalBars';
import { VerticalBars } from '../../../components/charts/VerticalBars';
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
      <HorizontalBars
        categories={data.map((stage) => stage.name)}
        series={[
          {
            key: 'reached',
            name: t('applications.stats.reached'),
            colour: 'var(--chart-have)',
            values: data.map((stage) => stage.reached),
          },
        ]}
        formatTick={axis}
        width={560}
        labelWidth={190}
      />
    </figure>
  );
}

export function WeeklyChart({ data, goal }: { data: { week: string; applied: number }[]; goal: number }) {
  const { t } = useTranslation();
  const { axis } = useFormatters();
  return (
    <figure className="chart" aria-hidden="true">
      <figcaption>{t('applications.stats.perWeek')}</figcaption>
      <VerticalBars
        categories={data.map((week) => week.week)}
        series={[
          {
            key: 'applied',
            name: t('applications.stats.sent'),
            colour: 'var(--chart-have)',
            values: data.map((week) => week.applied),
          },
        ]}
        formatTick={axis}
        width={560}
        height={240}
        wholeNumbers
        reference={
          goal > 0
            ? { value: goal, label: t('applications.stats.goal', { goal }), colour: 'var(--chart-need)' }
            : null
        }
      />
    </figure>
  );
}
