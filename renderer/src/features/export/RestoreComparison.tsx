import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../components/use-formatters';
import type { BackupPreview, DocumentCounts } from '../../../../preload/contract/channels';

const ROWS: (keyof DocumentCounts)[] = [
  'name',
  'domains',
  'ratedSkills',
  'milestones',
  'applications',
  'accounts',
  'expenses',
];

/** What a restore would replace, side by side with what the backup brings. */
export function RestoreComparison({ preview }: { preview: BackupPreview }) {
  const { t } = useTranslation();
  const { axis } = useFormatters();
  // Counts with the locale's thousands separator (12 000 in French); the name as it is.
  const shown = (value: string | number) => (typeof value === 'number' ? axis(value) : value);
  return (
    <table className="data-table">
      <caption>{t('exportScreen.restore.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('exportScreen.restore.what')}</th>
          <th scope="col">{t('exportScreen.restore.now')}</th>
          <th scope="col">{t('exportScreen.restore.incoming')}</th>
        </tr>
      </thead>
      <tbody>
        {ROWS.map((row) => (
          <tr key={row}>
            <th scope="row">{t(`exportScreen.restore.rows.${row}`)}</th>
            <td>{shown(preview.current[row])}</td>
            <td>{shown(preview.incoming[row])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
