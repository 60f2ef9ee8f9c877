import { useTranslation } from 'react-i18next';
import { ScrollArea } from '../../components/ScrollArea';
import type { PayoutRow } from '../../domain/gig/payout-import';
import type { GigContext } from './use-gig-context';

const SHOWN = 50;

/** Each row as it will be added, or the problems that keep it out, before anything is saved. */
export function PayoutPreview({ context, rows }: { context: GigContext; rows: readonly PayoutRow[] }) {
  const { t } = useTranslation();
  const { formatters } = context;
  const ok = rows.filter((row) => row.ok).length;
  const describe = (row: PayoutRow) =>
    row.ok
      ? t('gig.import.rowOk', {
          day: formatters.day(row.payout.day),
          amount: formatters.money(row.payout.amountMinor, row.payout.currency),
          fee: formatters.money(row.payout.feeMinor, row.payout.currency),
        }) + (row.payout.project ? ` · ${row.payout.project}` : '')
      : row.problems
          .map((p) =>
            t('gig.import.problem', {
              field: t(`gig.import.fields.${p.field}`),
              problem: t(`gig.import.problems.${p.code}`),
            }),
          )
          .join('; ');
  return (
    <>
      <h3>{t('gig.import.previewTitle')}</h3>
      <p role="status">{t('gig.import.counts', { ok, bad: rows.length - ok })}</p>
      {rows.length > SHOWN ? (
        <p className="muted-text">{t('gig.import.shown', { shown: SHOWN, total: rows.length })}</p>
      ) : null}
      <ScrollArea label={t('gig.import.previewCaption')}>
        <table className="data-table">
          <caption className="visually-hidden">{t('gig.import.previewCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('gig.import.row')}</th>
              <th scope="col">{t('gig.import.result')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, SHOWN).map((row) => (
              <tr key={row.row}>
                <th scope="row">{row.row}</th>
                <td className={row.ok ? undefined : 'field-error'}>{describe(row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
    </>
  );
}
