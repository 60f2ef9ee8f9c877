import { useTranslation } from 'react-i18next';
import { verdictSentence } from '../../../domain/budget/verdict';
import type { useBudgetView } from '../use-budget-view';

/** "Ready 7 weeks before the money runs out", or "short by 5 weeks", with the dates behind it. */
export function VerdictCard({ view }: { view: ReturnType<typeof useBudgetView> }) {
  const { t } = useTranslation();
  const { verdict, readyDate, formatters } = view;
  const baseline = view.scenarios[0]?.projection;
  if (!verdict || !baseline) return null;
  const long = formatters.longDay;
  const sentence = verdictSentence(verdict, t);
  return (
    <section className={`card verdict verdict-${verdict.kind}`} aria-labelledby="verdict-title">
      <h2 id="verdict-title">{t('budget.verdict.title')}</h2>
      <p className="verdict-sentence" role="status">
        {sentence}
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
        {verdict.kind === 'ahead' ||
        verdict.kind === 'short' ||
        (verdict.kind === 'lasts' && verdict.firstPay) ? (
          <li>
            {t('budget.verdict.firstPay', {
              date: long(verdict.kind === 'lasts' ? (verdict.firstPay ?? '') : verdict.firstPay),
            })}
          </li>
        ) : null}
      </ul>
    </section>
  );
}
