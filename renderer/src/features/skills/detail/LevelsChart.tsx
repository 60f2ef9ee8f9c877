import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import { useFormatters } from '../../../components/use-formatters';
import type { DomainScore } from '../../../domain/matching/score';

/**
 * Needed versus current level per skill, for people who would rather look than read.
 * The same numbers are in the breakdown table just above, which screen readers use.
 */
export function LevelsChart({ score, nameOf }: { score: DomainScore; nameOf: (id: string) => string }) {
  const { t } = useTranslation();
  const { axis } = useFormatters();
  const data = score.lines.map((line) => ({ name: nameOf(line.skillId), need: line.need, have: line.have }));
  const height = 60 + data.length * 34;
  return (
    <figure className="chart" aria-hidden="true">
      <figcaption>{t('skills.detail.chart')}</figcaption>
      <BarChart
        width={640}
        height={height}
        data={data}
        layout="vertical"
        margin={{ left: 16, right: 16 }}
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" horizontal={false} />
        <XAxis
          type="number"
          domain={[0, 4]}
          ticks={[0, 1, 2, 3, 4]}
          tickFormatter={axis}
          stroke="var(--text-muted)"
        />
        <YAxis
          type="category"
          dataKey="name"
          width={220}
          stroke="var(--text-muted)"
          tick={{ fill: 'var(--text)', fontSize: 13 }}
        />
        <Legend />
        <Bar
          dataKey="need"
          name={t('skills.detail.chartNeeded')}
          fill="var(--chart-need)"
          isAnimationActive={false}
        />
        <Bar
          dataKey="have"
          name={t('skills.detail.chartYou')}
          fill="var(--chart-have)"
          isAnimationActive={false}
        />
      </BarChart>
    </figure>
  );
}
