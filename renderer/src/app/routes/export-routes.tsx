/** The Export section's screens: one chunk, loaded on first visit (see ../sections.ts). */
import { Suspense } from 'react';
import { ExportPage } from '../../features/export/ExportPage';
import { SummaryExport } from '../../features/export/SummaryExport';
import { BackupCard } from '../../features/export/BackupCard';
import { RestoreCard } from '../../features/export/RestoreCard';

export function ExportSummary() {
  return (
    <ExportPage>
      {/* The heading and tabs show at once while an export language's strings still load. */}
      <Suspense fallback={<div className="section-loading" aria-busy="true" />}>
        <SummaryExport />
      </Suspense>
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
