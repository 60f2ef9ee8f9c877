import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { APPLICATION_COLUMNS, applicationRow } from '../../../domain/applications/applications-csv';
import { toCsv } from '../../../domain/applications/csv';
import { saveTextFile } from '../../../components/save-text-file';
import { SaveOutcomeMessage, useFileSave } from '../../../components/use-file-save';
import { DayField } from '../../../components/DayField';
import { useFieldMessage } from '../../../components/forms/use-field-message';
import { useFormatters } from '../../../components/use-formatters';
import { useToday } from '../../../components/use-today';
import { useApplicationsStore } from '../../../state/applications-store';
import { BOM, useLogCsv } from './use-log-csv';
import { blankLogRange, logRangeFrom, logRangeSchema, type LogRangeValues } from './log-range-form-model';

/** The job-search log (optionally between two dates) and every application, as CSV files. */
export function ExportCsv() {
  const { t } = useTranslation();
  const { dateLocale } = useFormatters();
  const { message } = useFieldMessage();
  const today = useToday();
  const logCsv = useLogCsv();
  const applications = useApplicationsStore((state) => state.section.applications);
  const { outcome, save, busy } = useFileSave();
  const form = useForm<LogRangeValues>({
    defaultValues: blankLogRange(),
    resolver: zodResolver(logRangeSchema(dateLocale)),
    mode: 'onSubmit',
  });
  const errors = form.formState.errors;
  const exportLog = form.handleSubmit((values) => {
    const text = logCsv(logRangeFrom(values, dateLocale));
    void save(() => saveTextFile('csv', t('applications.files.logFileName', { date: today }), text));
  });
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
      <form className="inline-fields" onSubmit={(event) => void exportLog(event)} noValidate>
        <DayField
          label={t('applications.files.logFrom')}
          error={message(errors.from?.message)}
          registration={form.register('from')}
        />
        <DayField
          label={t('applications.files.logTo')}
          error={message(errors.to?.message)}
          registration={form.register('to')}
        />
        <button type="submit" className="button primary" disabled={busy}>
          {t('applications.files.exportLog')}
        </button>
      </form>
      <p>{t('applications.files.exportAllHint')}</p>
      <button type="button" className="button secondary" onClick={exportAll} disabled={busy}>
        {t('applications.files.exportAll')}
      </button>
      <SaveOutcomeMessage outcome={outcome} />
    </section>
  );
}
