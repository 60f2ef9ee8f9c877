import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { APPLICATION_COLUMNS, applicationRow } from '../../../domain/applications/applications-csv';
import { toCsv } from '../../../domain/applications/csv';
import { searchLog } from '../../../domain/applications/search-log';
import { parseTypedDay } from '../../../domain/dates';
import { downloadFile } from '../../../components/download-file';
import { DayField } from '../../../components/DayField';
import { FormProblem } from '../../../components/FormProblem';
import { useFormatters } from '../../../components/use-formatters';
import { useDatePatternHint } from '../../../components/use-date-pattern-hint';
import { useToday } from '../../../components/use-today';
import { useApplicationsStore } from '../../../state/applications-store';
import { useStageLabel } from '../use-stage-label';

// Excel reads UTF-8 (accents, emoji) only when the file starts with a byte-order mark.
const BOM = '\uFEFF';
const LOG_COLUMNS = ['on', 'organisation', 'role', 'contact', 'action', 'outcome'] as const;

/** The job-search log (optionally between two dates) and every application, as CSV files. */
export function ExportCsv() {
  const { t } = useTranslation();
  const { day, dateLocale, datePattern } = useFormatters();
  const hint = useDatePatternHint(datePattern);
  const today = useToday();
  const stageLabel = useStageLabel();
  const applications = useApplicationsStore((state) => state.section.applications);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const optionalDay = (text: string) => (text.trim() === '' ? null : parseTypedDay(text, dateLocale));
  const exportLog = () => {
    const range = { from: optionalDay(from), to: optionalDay(to) };
    if ((from.trim() && !range.from) || (to.trim() && !range.to)) {
      return setProblem(t('errors.dateInvalid', { pattern: hint.pattern }));
    }
    setProblem(null);
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
    downloadFile(`passerelle-job-search-log-${today}.csv`, BOM + toCsv(header, rows), 'text/csv');
  };
  const exportAll = () =>
    downloadFile(
      `passerelle-applications-${today}.csv`,
      BOM + toCsv(APPLICATION_COLUMNS, applications.map(applicationRow)),
      'text/csv',
    );
  return (
    <section className="card" aria-labelledby="export-title">
      <h2 id="export-title">{t('applications.files.exportTitle')}</h2>
      <p>{t('applications.files.exportLogHint')}</p>
      <div className="inline-fields">
        <DayField label={t('applications.files.logFrom')} hint={hint.text} value={from} onChange={setFrom} />
        <DayField label={t('applications.files.logTo')} hint={hint.text} value={to} onChange={setTo} />
        <button type="button" className="button primary" onClick={exportLog}>
          {t('applications.files.exportLog')}
        </button>
      </div>
      <FormProblem message={problem} />
      <p>{t('applications.files.exportAllHint')}</p>
      <button type="button" className="button secondary" onClick={exportAll}>
        {t('applications.files.exportAll')}
      </button>
    </section>
  );
}
