import { memo } from 'react';
import { Link } from 'wouter';
import type { Application } from '../../../../../preload/contract/applications-section';
import { lastActivity } from '../../../domain/applications/follow-ups';

export const TableRow = memo(function TableRow({
  application: a,
  rowIndex,
  measure,
  day,
  stageLabel,
}: {
  application: Application;
  rowIndex: number;
  /** Lets the virtual list measure the row's real height (long names wrap). */
  measure: (element: HTMLTableRowElement | null) => void;
  /** Passed down, not looked up per row: a row should cost its cells and nothing more. */
  day: (iso: string) => string;
  stageLabel: (stageId: string) => string;
}) {
  const last = lastActivity(a);
  return (
    <tr aria-rowindex={rowIndex} data-index={rowIndex - 2} ref={measure}>
      <th scope="row">
        <Link href={`/applications/${a.id}`}>{a.organisation}</Link>
      </th>
      <td>{a.role}</td>
      <td>{stageLabel(a.stageId)}</td>
      <td>{a.appliedOn ? day(a.appliedOn) : ''}</td>
      <td>{last ? day(last) : ''}</td>
      <td>{a.nextActionDue ? day(a.nextActionDue) : ''}</td>
    </tr>
  );
});
