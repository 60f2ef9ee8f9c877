import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { WORK_SEARCH_KINDS } from '../../../../preload/contract/claimant-section';
import type { ApiError } from '../../../../preload/contract/result';
import { DayField } from '../../components/DayField';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/forms/SelectField';
import { useFieldMessage } from '../../components/forms/use-field-message';
import { useFormatters } from '../../components/use-formatters';
import type { WorkSearchActivityFields } from '../../domain/gig/claimant-log';
import type { LogField } from '../../domain/gig/us-work-search-presets';
import {
  textFieldsOf,
  toWorkSearchFields,
  workSearchSchema,
  type WorkSearchValues,
} from './work-search-form-model';

/** A work-search activity to log (`isNew`) or edit: the day, its kind and the state's log fields. */
export function WorkSearchForm(props: {
  logFields: readonly LogField[];
  initial: WorkSearchValues;
  isNew: boolean;
  onSave: (fields: WorkSearchActivityFields) => Promise<ApiError | null>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const { message } = useFieldMessage();
  const { dateLocale, numberLocale } = useFormatters();
  const locales = { dateLocale, numberLocale };
  const form = useForm<WorkSearchValues>({
    defaultValues: props.initial,
    resolver: zodResolver(workSearchSchema(locales)),
  });
  const [error, setError] = useState<ApiError | null>(null);
  const [added, setAdded] = useState(false);
  const errors = form.formState.errors;
  const save = form.handleSubmit(async (values) => {
    const failure = await props.onSave(toWorkSearchFields(values, locales));
    setError(failure);
    setAdded(!failure && props.isNew);
    if (!failure && props.isNew) form.reset(props.initial);
  });
  return (
    <form onSubmit={(event) => void save(event)} noValidate>
      <div className="inline-fields">
        <DayField
          label={t('duties.us.fields.date')}
          registration={form.register('day')}
          error={message(errors.day?.message)}
        />
        <SelectField
          compact
          label={t('duties.us.fields.activity-type')}
          options={WORK_SEARCH_KINDS.map((kind) => ({ value: kind, label: t(`duties.us.kinds.${kind}`) }))}
          registration={form.register('kind')}
        />
        {textFieldsOf(props.logFields).map(({ field, key }) => (
          <Field
            compact
            key={key}
            label={t(`duties.us.fields.${field}`)}
            error={message(errors[key]?.message)}
          >
            <input type="text" autoComplete="off" {...form.register(key)} />
          </Field>
        ))}
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary">
          {props.isNew ? t('duties.us.form.add') : t('duties.us.form.save')}
        </button>
        {props.onCancel ? (
          <button type="button" className="button secondary" onClick={props.onCancel}>
            {t('duties.us.form.cancel')}
          </button>
        ) : null}
        {added ? (
          <p className="form-saved" role="status">
            {t('duties.us.form.added')}
          </p>
        ) : null}
      </div>
      {error ? <ErrorMessage error={error} /> : null}
    </form>
  );
}
