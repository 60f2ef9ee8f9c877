import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import { DEFAULT_QUERY, queryApplications, type TableQuery } from '../../../domain/applications/table-query';
import { useApplicationsStore } from '../../../state/applications-store';
import { TableFilters } from './TableFilters';
import { TableHeader } from './TableHeader';
import { TableRow } from './TableRow';
import { useFormatters } from '../../../components/use-formatters';
import { ScrollArea } from '../../../components/ScrollArea';
import { useStageLabel } from '../use-stage-label';

const ROW_HEIGHT = 44;

/**
 * Every application in a sortable, filterable table. Only the rows in view are in the page
 * (spacer rows keep the scroll height), so 2,000 applications filter and scroll smoothly.
 */
export function ApplicationTable() {
  const { t } = useTranslation();
  const section = useApplicationsStore((state) => state.section);
  const [query, setQuery] = useState<TableQuery>(DEFAULT_QUERY);
  const { day } = useFormatters();
  const stageLabel = useStageLabel();
  // Typing stays responsive: the filter runs on the deferred query, after the keystroke paints.
  const deferred = useDeferredValue(query);
  const rows = useMemo(
    () => queryApplications(section.applications, section.stages, deferred),
    [section.applications, section.stages, deferred],
  );
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the app does not use the React Compiler
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    // jsdom and first paint have no layout: show a first screenful instead of nothing.
    initialRect: { width: 800, height: 600 },
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  if (section.applications.length === 0) return <p className="card">{t('applications.empty')}</p>;
  return (
    <>
      <TableFilters query={query} onChange={setQuery} />
      <p role="status">{t('applications.table.shown', { count: rows.length })}</p>
      {/* The virtualiser watches this area's own scroll: the ref reaches the scrolling div. */}
      <ScrollArea ref={scroller} className="table-scroller" label={t('applications.table.label')}>
        <table className="data-table applications-table" aria-rowcount={rows.length + 1}>
          <TableHeader query={query} onChange={setQuery} />
          <tbody>
            {before > 0 ? (
              <tr aria-hidden="true" style={{ height: before }}>
                <td colSpan={6} />
              </tr>
            ) : null}
            {items.map((item) => {
              const application = rows[item.index];
              return application ? (
                <TableRow
                  key={application.id}
                  application={application}
                  rowIndex={item.index + 2}
                  measure={virtualizer.measureElement}
                  day={day}
                  stageLabel={stageLabel}
                />
              ) : null;
            })}
            {after > 0 ? (
              <tr aria-hidden="true" style={{ height: after }}>
                <td colSpan={6} />
              </tr>
            ) : null}
          </tbody>
        </table>
        {rows.length === 0 ? <p>{t('applications.table.none')}</p> : null}
      </ScrollArea>
    </>
  );
}
