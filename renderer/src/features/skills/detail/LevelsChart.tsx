import { useTranslation } from 'react-i18next';
import { HorizontalBars } from '../../../components/charts/HorizontalBars';
import { useFormatters } from '../../../components/use-formatters';
import type { DomainScore } from '../../../domain/matching/score';

/**
 * Needed versus current level per skill, for people who would rather look than read.
 * The same numbers are in the breakdown table just above, which screen readers use.
 */
export function LevelsChart({ score, nameOf }: { score: DomainScore; nameOf: (id: string) => string }) {
  const { t } = useTranslation();
  const { axis } = useFormatters();
  const names = score.lines.map((line) => nameOf(line.skillId));
  return (
    <figure className="chart" aria-hidden="true">
      <figcaption>{t('skills.detail.chart')}</figcaption>
      <HorizontalBars
        categories={names}
        series={[
          {
            key: 'need',
            name: t('skills.detail.chartNeeded'),
            colour: 'var(--chart-need)',
            values: score.lines.map((line) => line.need),
          },
          {
            key: 'have',
            name: t('skills.detail.chartYou'),
            colour: 'var(--chart-have)',
            values: score.lines.map((line) => line.have),
          },
        ]}
        formatTick={axis}
        width={640}
        labelWidth={220}
        ticks={[0, 1, 2, 3, 4]}
      />
    </figure>
  );
}
