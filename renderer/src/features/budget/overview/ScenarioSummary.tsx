import { useTranslation } from 'react-i18next';
import { ScrollArea } from '../../../components/ScrollArea';
import type { useBudgetView } from '../../../views/use-budget-view';

/** Each scenario's runway end, lowest point, burn and break-even, side by side. */
export function ScenarioSummary({ view }: { view: ReturnType<typeof useBudgetView> }) {
  const { t } = useTranslation();
  const { money, formatters } = view;
  return (
    // The named landmark is the table's scroll area below, not this card: two regions both
    // called "Scenarios" would make landmark navigation ambiguous (axe landmark-unique).
    <section className="card">
      <h2 id="scenarios-title">{t('budget.scenarios.title')}</h2>
      <ScrollArea className="table-scroll" labelledBy="scenarios-title">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('budget.scenarios.scenario')}</th>
              <th scope="col">{t('budget.scenarios.runwayEnd')}</th>
              <th scope="col">{t('budget.scenarios.runway')}</th>
              <th scope="col">{t('budget.scenarios.lowest')}</th>
              <th scope="col">{t('budget.scenarios.burn')}</th>
              <th scope="col">{t('budget.scenarios.breakEven')}</th>
            </tr>
          </thead>
          <tbody>
            {view.scenarios.map(({ id, name, projection: p }) => (
              <tr key={id}>
                <th scope="row">{name ?? t(`budget.scenarios.names.${id as 'baseline'}`)}</th>
                <td>{p.runwayEnd ? formatters.day(p.runwayEnd) : t('budget.scenarios.beyond')}</td>
                <td>
                  {p.runway
                    ? t('budget.scenarios.monthsDays', { months: p.runway.months, days: p.runway.days })
                    : '—'}
                </td>
                <td>
                  {t('budget.scenarios.lowestValue', {
                    amount: money(p.lowest.balanceMinor),
                    date: formatters.day(p.lowest.on),
                  })}
                </td>
                <td>{money(p.burnMinor)}</td>
                <td>{p.breakEvenMonth ? formatters.day(p.breakEvenMonth) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
    </section>
  );
}
