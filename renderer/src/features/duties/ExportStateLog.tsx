import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DayField } from '../../components/DayField';
import { useFieldMessage } from '../../components/forms/use-field-message';
import { saveTextFile } from '../../components/save-text-file';
import { SaveOutcomeMessage, useFileSave } from '../../components/use-file-save';
import { useFormatters } from '../../components/use-formatters';
import { stateLog } from '../../domain/gig/claimant-log';
import { stateLogCsv } from '../../domain/gig/claimant-log-csv';
import type { WorkSearchRule } from '../../domain/gig/us-work-search-presets';
import type { DutiesView } from '../../views/use-duties-view';
import { blankLogRange, logRangeFrom, logRangeSchema, type LogRangeValues } from './log-range-form-model';
import { useLogWording } from './use-log-wording';

/** The state's log as CSV: only its fields, in its order, optionally between two days. */
export function ExportStateLog({ view, rule }: { view: DutiesView; rule: WorkSearchRule }) {
  const { t } = useTranslation();
  const { dateLocale } = useFormatters();
  const { message } = useFieldMessage();
  const wording = useLogWording();
  const { outcome, save, busy } = useFileSave();
  const form = useForm<LogRangeValues>({
    defaultValues: blankLogRange(),
    resolver: zodResolver(logRangeSchema(dateLocale)),
  });
  const errors = form.formState.errors;
  const exportLog = form.handleSubmit((values) => {
    const log = stateLog(rule, view.claimant.activities, logRangeFrom(values, dateLocale), wording);
    const fileName = t('duties.us.export.fileName', { state: rule.state.toLowerCase(), date: view.today });
    void save(() => saveTextFile('csv', fileName, stateLogCsv(log)));
  });
  return (
    <section className="card" aria-labelledby="duties-export">
      <h2 id="duties-export">{t('duties.us.export.title')}</h2>
      <p>{t('duties.us.export.hint', { state: t(`duties.us.states.${rule.state}`) })}</p>
      <form className="inline-fields" onSubmit={(event) => void exportLog(event)} noValidate>
        <DayField
          label={t('duties.us.export.from')}
          error={message(errors.from?.message)}
          registration={form.register('from')}
        />
        <DayField
          label={t('duties.us.export.to')}
          error={message(errors.to?.message)}
          registration={form.register('to')}
        />
        <button type="submit" className="button primary" disabled={busy}>
          {t('duties.us.export.button')}
        </button>
      </form>
      <SaveOutcomeMessage outcome={outcome} />
    </section>
  );
}
