/** The Export section's screens: one chunk, loaded on first visit (see ../sections.ts). */
import { ExportPage } from '../../features/export/ExportPage';
import { SummaryExport } from '../../features/export/SummaryExport';
import { BackupCard } from '../../features/export/BackupCard';
import { RestoreCard } from '../../features/export/RestoreCard';

export function ExportSummary() {
  return (
    <ExportPage>
      <SummaryExport />
    </ExportPage>
  );
}

export function ExportBackup() {
  return (
    <ExportPage>
      <BackupCard />
      <RestoreCard />
    </ExportPage>
  );
}
