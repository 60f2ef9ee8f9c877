import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { APPLICATION_COLUMNS, applicationRow } from '../../../domain/applications/applications-csv';
import { toCsv } from '../../../domain/applications/csv';
import { parseTypedDay } from '../../../domain/dates';
import { saveTextFile } from '../../../components/save-text-file';
import { SaveOutcomeMessage, useFileSave } from '../../../components/use-file-save';
import { DayField } from '../../../components/DayField';
import { FormProblem } from '../../../components/FormProblem';
import { useFormatters } from '../../../components/use-formatters';
import { useDatePatternHint } from '../../../components/use-date-pattern-hint';
import { useToday } from '../../../components/use-today';
import { useApplicationsStore } from '../../../state/applications-store';
import { BOM, useLogCsv } from './use-log-csv';

/** The job-search log (optionally between two dates) and every application, as CSV files. */
export function ExportCsv() {
  const { t } = useTranslation();
  const { dateLocale, datePattern } = useFormatters();
  const hint = useDatePatternHint(datePattern);
  const today = useToday();
  const logCsv = useLogCsv();
  const applications = useApplicationsStore((state) => state.section.applications);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { outcome, save, busy } = useFileSave();
  const optionalDay = (text: string) => (text.trim() === '' ? null : parseTypedDay(text, dateLocale));
  const exportLog = () => {
    const range = { from: optionalDay(from), to: optionalDay(to) };
    if ((from.trim() && !range.from) || (to.trim() && !range.to)) {
      return setProblem(t('errors.dateInvalid', { pattern: hint.pattern }));
    }
    setProblem(null);
    const text = logCsv(range);
    void save(() => saveTextFile('csv', t('applications.files.logFileName', { date: today }), text));
  };
  const exportAll = () =>
    void save(() =>
      saveTextFile(
        'csv',
        t('applications.files.allFileName', { date: today }),
        BOM + toCsv(APPLICATION_COLUMNS, applications.map(applicationRow)),
      ),
    );
  return (
    <section className="card" aria-labelledby="export-title">
      <h2 id="export-title">{t('applications.files.exportTitle')}</h2>
      <p>{t('applications.files.exportLogHint')}</p>
      <div className="inline-fields">
        <DayField label={t('applications.files.logFrom')} hint={hint.text} value={from} onChange={setFrom} />
        <DayField label={t('applications.files.logTo')} hint={hint.text} value={to} onChange={setTo} />
        <button type="button" className="button primary" onClick={exportLog} disabled={busy}>
          {t('applications.files.exportLog')}
        </button>
      </div>
      <FormProblem message={problem} />
      <p>{t('applications.files.exportAllHint')}</p>
      <button type="button" className="button secondary" onClick={exportAll} disabled={busy}>
        {t('applications.files.exportAll')}
      </button>
      <SaveOutcomeMessage outcome={outcome} />
    </section>
  );
}
