import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { GIG_LIMITS, SCREENING_FORMATS, SCREENING_OUTCOMES } from '../../../../preload/contract/gig-section';
import type { ApiError } from '../../../../preload/contract/result';
import { DayField } from '../../components/DayField';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { LongTextField } from '../../components/forms/LongTextField';
import { SelectField } from '../../components/forms/SelectField';
import { useFieldMessage } from '../../components/forms/use-field-message';
import type { ScreeningFields } from '../../domain/gig/gig-log';
import { screeningSchema, toScreeningFields, type ScreeningValues } from './screening-form-model';
import type { GigContext } from './use-gig-context';

/** A screening to record (`isNew`) or edit: format, day, outcome, retake day, unpaid time. */
export function ScreeningForm(props: {
  context: GigContext;
  initial: ScreeningValues;
  isNew: boolean;
  onSave: (fields: ScreeningFields) => Promise<ApiError | null>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const { message, dateHint } = useFieldMessage();
  const { locales, section } = props.context;
  const form = useForm<ScreeningValues>({
    defaultValues: props.initial,
    resolver: zodResolver(screeningSchema(locales)),
  });
  const [error, setError] = useState<ApiError | null>(null);
  const [added, setAdded] = useState(false);
  const errors = form.formState.errors;
  const save = form.handleSubmit(async (values) => {
    const failure = await props.onSave(toScreeningFields(values, locales));
    setError(failure);
    setAdded(!failure && props.isNew);
    if (!failure && props.isNew) form.reset({ ...props.initial, platformId: values.platformId });
  });
  return (
    <form onSubmit={(event) => void save(event)} noValidate>
      <div className="inline-fields">
        <SelectField
          compact
          label={t('gig.screenings.platform')}
          options={section.platforms.map((p) => ({ value: p.id, label: p.name }))}
          registration={form.register('platformId')}
        />
        <SelectField
          compact
          label={t('gig.screenings.format')}
          options={SCREENING_FORMATS.map((f) => ({ value: f, label: t(`gig.screenings.formats.${f}`) }))}
          registration={form.register('format')}
        />
        <DayField
          label={t('gig.screenings.day')}
          registration={form.register('day')}
          error={message(errors.day?.message)}
        />
        <SelectField
          compact
          label={t('gig.screenings.outcome')}
          options={SCREENING_OUTCOMES.map((o) => ({ value: o, label: t(`gig.screenings.outcomes.${o}`) }))}
          registration={form.register('outcome')}
        />
        <DayField
          label={t('gig.screenings.retakeFrom')}
          hint={`${t('gig.screenings.retakeHint')} ${dateHint}`}
          registration={form.register('retakeFrom')}
          error={message(errors.retakeFrom?.message)}
        />
        <Field
          compact
          label={t('gig.screenings.unpaidMinutes')}
          error={message(errors.unpaidMinutes?.message)}
        >
          <input type="text" inputMode="numeric" autoComplete="off" {...form.register('unpaidMinutes')} />
        </Field>
      </div>
      <LongTextField
        compact
        label={t('gig.screenings.note')}
        error={message(errors.note?.message)}
        max={GIG_LIMITS.note}
        autoComplete="off"
        control={form.control}
        name="note"
      />
      <div className="form-actions">
        <button type="submit" className="button primary">
          {props.isNew ? t('gig.screenings.add') : t('gig.screenings.save')}
        </button>
        {props.onCancel ? (
          <button type="button" className="button secondary" onClick={props.onCancel}>
            {t('gig.screenings.cancel')}
          </button>
        ) : null}
        {added ? (
          <p className="form-saved" role="status">
            {t('gig.screenings.added')}
          </p>
        ) : null}
      </div>
      {error ? <ErrorMessage error={error} /> : null}
    </form>
  );
}
