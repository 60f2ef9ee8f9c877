import { useTranslation } from 'react-i18next';
import { plannedFirstPay, verdictSentence, verdictTarget } from '../../../domain/budget/verdict';
import type { useBudgetView } from '../../../views/use-budget-view';

/**
 * "First pay planned 7 weeks before the money runs out", "short by 5 weeks", or, with no job
 * or counted offer, that no pay is planned and when the money runs out; then the dates behind
 * it. A target first pay (ready date + weeks) is labelled as a target, never as income.
 */
export function VerdictCard({ view }: { view: ReturnType<typeof useBudgetView> }) {
  const { t } = useTranslation();
  const { verdict, readyDate, formatters } = view;
  const baseline = view.scenarios[0]?.projection;
  if (!verdict || !baseline) return null;
  const long = formatters.longDay;
  const firstPay = plannedFirstPay(verdict);
  const target = verdictTarget(verdict);
  return (
    <section className={`card verdict verdict-${verdict.kind}`} aria-labelledby="verdict-title">
      <h2 id="verdict-title">{t('budget.verdict.title')}</h2>
      <p className="verdict-sentence" role="status">
        {verdictSentence(verdict, t, long)}
      </p>
      <ul className="plain-list">
        <li>
          {baseline.runwayEnd
            ? t('budget.verdict.runwayEnd', {
                date: long(baseline.runwayEnd),
                months: baseline.runway?.months ?? 0,
                days: baseline.runway?.days ?? 0,
              })
            : t('budget.verdict.noRunwayEnd')}
        </li>
        <li>
          {readyDate ? t('budget.verdict.ready', { date: long(readyDate) }) : t('budget.verdict.noReady')}
        </li>
        {firstPay ? <li>{t('budget.verdict.firstPay', { date: long(firstPay) })}</li> : null}
        {target ? (
          <li>{t('budget.verdict.target', { date: long(target.date), count: target.weeksAfterReady })}</li>
        ) : null}
      </ul>
    </section>
  );
}
