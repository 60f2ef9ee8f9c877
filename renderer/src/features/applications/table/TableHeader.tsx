import { useTranslation } from 'react-i18next';
import { SORT_KEYS, type SortKey, type TableQuery } from '../../../domain/applications/table-query';

/** Column headings; each sorts the table, a second press reverses it. */
export function TableHeader({
  query,
  onChange,
}: {
  query: TableQuery;
  onChange: (query: TableQuery) => void;
}) {
  const { t } = useTranslation();
  const sortBy = (key: SortKey) =>
    onChange({ ...query, sort: key, descending: query.sort === key ? !query.descending : false });
  return (
    <thead>
      <tr aria-rowindex={1}>
        {SORT_KEYS.map((key) => {
          const label = t(`applications.table.columns.${key}`);
          const sorted = query.sort === key ? (query.descending ? 'descending' : 'ascending') : undefined;
          return (
            <th key={key} scope="col" aria-sort={sorted}>
              <button type="button" className="sort-button" onClick={() => sortBy(key)}>
                {label}
                <span aria-hidden="true">
                  {sorted === 'ascending' ? ' ▲' : sorted === 'descending' ? ' ▼' : ''}
                </span>
              </button>
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
