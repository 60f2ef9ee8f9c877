import { useTranslation } from 'react-i18next';
import { Disclosure } from '../../../components/Disclosure';
import { ScrollArea } from '../../../components/ScrollArea';
import type { useBudgetView } from '../../../views/use-budget-view';

/** The charts' numbers as a table: what screen readers use, and anyone who wants exact figures. */
export function MonthlyTable({ view }: { view: ReturnType<typeof useBudgetView> }) {
  const { t } = useTranslation();
  const { money, formatters, scenarios } = view;
  const baseline = scenarios[0]?.projection;
  if (!baseline) return null;
  return (
    <Disclosure summary={t('budget.table.summary')} className="card">
      {() => (
        // Named by the disclosure's own wording: its <summary> (in Disclosure) carries no id.
        <ScrollArea className="table-scroll" label={t('budget.table.summary')}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('budget.table.month')}</th>
                <th scope="col">{t('budget.table.income')}</th>
                <th scope="col">{t('budget.table.expenses')}</th>
                {scenarios.map(({ id, name }) => (
                  <th key={id} scope="col">
                    {t('budget.table.balance', {
                      scenario: name ?? t(`budget.scenarios.names.${id as 'baseline'}`),
                    })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {baseline.months.map((row, i) => (
                <tr key={row.start}>
                  <th scope="row">{formatters.day(row.start)}</th>
                  <td>{money(row.incomeMinor)}</td>
                  <td>{money(row.expenseMinor)}</td>
                  {scenarios.map(({ id, projection }) => (
                    <td key={id}>{money(projection.months[i]?.endBalanceMinor ?? 0)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}
    </Disclosure>
  );
}
