/**
 * The job-search log as a CSV file's text, in the interface language: one dated line per
 * action, optionally between two days. Used by Applications' files view and by Export.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { toCsv } from '../../../domain/applications/csv';
import { searchLog } from '../../../domain/applications/search-log';
import { useFormatters } from '../../../components/use-formatters';
import { useApplicationsStore } from '../../../state/applications-store';
import { useStageLabel } from '../use-stage-label';

// Excel reads UTF-8 (accents, emoji) only when the file starts with a byte-order mark.
export const BOM = '\uFEFF';
const LOG_COLUMNS = ['on', 'organisation', 'role', 'contact', 'action', 'outcome'] as const;

export function useLogCsv(): (range?: { from: string | null; to: string | null }) => string {
  const { t } = useTranslation();
  const { day } = useFormatters();
  const stageLabel = useStageLabel();
  const applications = useApplicationsStore((state) => state.section.applications);
  return useCallback(
    (range = { from: null, to: null }) => {
      const entries = searchLog(
        applications,
        {
          stage: stageLabel,
          contacted: (name) => t('applications.files.contacted', { name }),
          assessment: (kind) => t('applications.files.assessment', { kind }),
        },
        range,
      );
      const header = LOG_COLUMNS.map((column) => t(`applications.files.logColumns.${column}`));
      const rows = entries.map((e) => [day(e.on), e.organisation, e.role, e.contact, e.action, e.outcome]);
      return BOM + toCsv(header, rows);
    },
    [applications, stageLabel, t, day],
  );
}
