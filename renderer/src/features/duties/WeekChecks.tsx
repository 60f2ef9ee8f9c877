import { useTranslation } from 'react-i18next';
import { ScrollArea } from '../../components/ScrollArea';
import { useFormatters } from '../../components/use-formatters';
import { useReasonsText, type DutiesView } from '../../views/use-duties-view';

/** Recent weeks of the state's calendar, newest first: met, or what is missing in words. */
export function WeekChecks({ view }: { view: DutiesView }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const reasonsText = useReasonsText();
  return (
    <section className="card" aria-labelledby="duties-check">
      <h2 id="duties-check">{t('duties.us.check.title')}</h2>
      <ScrollArea className="table-scroll" label={t('duties.us.check.caption')}>
        <table className="data-table">
          <caption>{t('duties.us.check.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('duties.us.check.week')}</th>
              <th scope="col">{t('duties.us.check.counted')}</th>
              <th scope="col">{t('duties.us.check.status')}</th>
            </tr>
          </thead>
          <tbody>
            {view.checks.map((week) => (
              <tr key={week.weekStart}>
                <th scope="row">
                  {t('duties.us.check.range', {
                    from: formatters.day(week.weekStart),
                    to: formatters.day(week.weekEnd),
                  })}
                </th>
                <td>{week.counted}</td>
                <td>
                  {week.met
                    ? `✓ ${t('duties.us.check.met')}`
                    : t('duties.us.check.notMet', { reasons: reasonsText(week.reasons) })}
                  {week.repeats.length > 0 ? (
                    <p className="field-hint">
                      {t('duties.us.check.repeats', { count: week.repeats.length })}
                    </p>
                  ) : null}
                  {week.notCounted.length > 0 ? (
                    <p className="field-hint">
                      {t('duties.us.check.notCounted', { count: week.notCounted.length })}
                    </p>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
    </section>
  );
}
