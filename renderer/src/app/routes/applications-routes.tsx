/** The Applications section's screens: one chunk, loaded on first visit (see ../sections.ts). */
import { ApplicationsPage } from '../../features/applications/ApplicationsPage';
import { Board } from '../../features/applications/board/Board';
import { ApplicationTable } from '../../features/applications/table/ApplicationTable';
import { ApplicationStats } from '../../features/applications/stats/ApplicationStats';
import { ApplicationFiles } from '../../features/applications/files/ApplicationFiles';
import { ApplicationSettings } from '../../features/applications/settings/ApplicationSettings';

export { NewApplication } from '../../features/applications/detail/NewApplication';
export { ApplicationDetail } from '../../features/applications/detail/ApplicationDetail';

export function ApplicationsBoard() {
  return (
    <ApplicationsPage>
      <Board />
    </ApplicationsPage>
  );
}

export function ApplicationsTable() {
  return (
    <ApplicationsPage>
      <ApplicationTable />
    </ApplicationsPage>
  );
}

export function ApplicationsStats() {
  return (
    <ApplicationsPage>
      <ApplicationStats />
    </ApplicationsPage>
  );
}

export function ApplicationsFiles() {
  return (
    <ApplicationsPage>
      <ApplicationFiles />
    </ApplicationsPage>
  );
}

export function ApplicationsSettings() {
  return (
    <ApplicationsPage>
      <ApplicationSettings />
    </ApplicationsPage>
  );
}
