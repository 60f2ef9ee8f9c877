import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { APPLICATION_LIMITS, type Application } from '../../../../../preload/contract/applications-section';
import type { ApiError } from '../../../../../preload/contract/result';
import { DayField } from '../../../components/DayField';
import { LongTextField } from '../../../components/forms/LongTextField';
import { SelectField } from '../../../components/forms/SelectField';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useFieldMessage } from '../../../components/forms/use-field-message';
import { useFormatters } from '../../../components/use-formatters';
import { useToday } from '../../../components/use-today';
import { activeStages } from '../../../domain/applications/stages';
import { moveApplication, useApplicationsStore } from '../../../state/applications-store';
import { useStageLabel } from '../use-stage-label';
import { useEndedActionWording } from '../../../views/use-ended-action-wording';
import { moveStageSchema, moveStageValues, toStageMove, type MoveStageValues } from './move-stage-form-model';

/** Moves the application to another stage on a chosen day (today by default), with a note. */
export function MoveStage({ application }: { application: Application }) {
  const { t } = useTranslation();
  const { dateLocale, numberLocale } = useFormatters();
  const locales = useMemo(() => ({ dateLocale, numberLocale }), [dateLocale, numberLocale]);
  const { message } = useFieldMessage();
  const today = useToday();
  const stageLabel = useStageLabel();
  const wordEnded = useEndedActionWording();
  const stages = activeStages(useApplicationsStore((state) => state.section.stages));
  const form = useForm<MoveStageValues>({
    defaultValues: moveStageValues(application.stageId, today, locales),
    resolver: zodResolver(moveStageSchema(locales)),
    mode: 'onSubmit',
  });
  const target = useWatch({ control: form.control, name: 'stageId' });
  const [error, setError] = useState<ApiError | null>(null);
  const errors = form.formState.errors;
  const submit = form.handleSubmit(async (values) => {
    const move = toStageMove(values, locales);
    const failure = await moveApplication(application.id, move.stageId, move.on, move.note, wordEnded);
    setError(failure);
    // The stage and day stay chosen; the note belonged to this move only.
    if (!failure) form.setValue('note', '');
  });
  return (
    <section className="card" aria-labelledby="move-stage-title">
      <h2 id="move-stage-title">
        {t('applications.detail.stage')}: {stageLabel(application.stageId)}
      </h2>
      <form className="inline-fields" onSubmit={(event) => void submit(event)} noValidate>
        <SelectField
          compact
          label={t('applications.detail.moveTo')}
          options={stages.map((stage) => ({ value: stage.id, label: stageLabel(stage.id) }))}
          registration={form.register('stageId')}
        />
        <DayField
          label={t('applications.detail.moveOn')}
          error={message(errors.on?.message)}
          registration={form.register('on')}
        />
        <LongTextField
          compact
          label={t('applications.detail.moveNote')}
          error={message(errors.note?.message)}
          max={APPLICATION_LIMITS.historyNote}
          control={form.control}
          name="note"
        />
        <button type="submit" className="button secondary" disabled={target === application.stageId}>
          {t('applications.detail.move')}
        </button>
      </form>
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}
