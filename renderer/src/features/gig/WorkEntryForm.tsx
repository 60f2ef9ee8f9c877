import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CURRENCY_CODES } from '../../../../preload/contract/document-enums';
import { GIG_LIMITS, GIG_PAY_UNITS, UNPAID_KINDS } from '../../../../preload/contract/gig-section';
import type { ApiError } from '../../../../preload/contract/result';
import { DayField } from '../../components/DayField';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { LongTextField } from '../../components/forms/LongTextField';
import { SelectField } from '../../components/forms/SelectField';
import { useFieldMessage } from '../../components/forms/use-field-message';
import type { WorkEntryFields } from '../../domain/gig/gig-log';
import type { GigContext } from './use-gig-context';
import { toWorkEntryFields, workEntrySchema, type WorkEntryValues } from './work-entry-form-model';

/** One piece of work, to log (`isNew`) or to edit: paid and unpaid time, pay, payout. */
export function WorkEntryForm(props: {
  context: GigContext;
  initial: WorkEntryValues;
  isNew: boolean;
  onSave: (fields: WorkEntryFields) => Promise<ApiError | null>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const { message } = useFieldMessage();
  const { locales, section } = props.context;
  const form = useForm<WorkEntryValues>({
    defaultValues: props.initial,
    resolver: zodResolver(workEntrySchema(locales)),
  });
  const [error, setError] = useState<ApiError | null>(null);
  const [added, setAdded] = useState(false);
  const errors = form.formState.errors;
  const save = form.handleSubmit(async (values) => {
    const failure = await props.onSave(toWorkEntryFields(values, locales));
    setError(failure);
    setAdded(!failure && props.isNew);
    // Platform, project, rate and currency stay: the next day's work is usually alike.
    if (!failure && props.isNew)
      form.reset({
        ...props.initial,
        ...pick(values, ['platformId', 'project', 'rate', 'unit', 'currency']),
      });
  });
  const text = (name: keyof WorkEntryValues, label: string, hint?: string) => (
    <Field key={name} compact label={label} hint={hint} error={message(errors[name]?.message)}>
      <input type="text" autoComplete="off" {...form.register(name)} />
    </Field>
  );
  const platformField = form.register('platformId', {
    // A new entry starts in the currency the platform usually pays in.
    onChange: (event: { target: { value: string } }) => {
      const platform = section.platforms.find((p) => p.id === event.target.value);
      if (platform && props.isNew) form.setValue('currency', platform.currency);
    },
  });
  return (
    <form onSubmit={(event) => void save(event)} noValidate>
      <div className="inline-fields">
        <SelectField
          compact
          label={t('gig.entries.platform')}
          options={section.platforms.map((p) => ({ value: p.id, label: p.name }))}
          registration={platformField}
        />
        {text('project', t('gig.entries.project'))}
        <DayField
          label={t('gig.entries.day')}
          registration={form.register('day')}
          error={message(errors.day?.message)}
        />
      </div>
      <fieldset>
        <legend>{t('gig.entries.paidTime')}</legend>
        <div className="inline-fields">
          {text('paidHours', t('gig.entries.paidHours'))}
          {text('paidMinutes', t('gig.entries.paidMinutes'))}
          {text('tasks', t('gig.entries.tasks'))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('gig.entries.unpaidTime')}</legend>
        <div className="inline-fields">
          {UNPAID_KINDS.map((kind) => text(kind, t(`gig.entries.${kind}`)))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('gig.entries.pay')}</legend>
        <div className="inline-fields">
          {text('rate', t('gig.entries.rate'))}
          <SelectField
            compact
            label={t('gig.entries.unit')}
            options={GIG_PAY_UNITS.map((unit) => ({ value: unit, label: t(`gig.entries.units.${unit}`) }))}
            registration={form.register('unit')}
          />
          <SelectField
            compact
            label={t('gig.entries.currency')}
            options={CURRENCY_CODES.map((code) => ({ value: code, label: code }))}
            registration={form.register('currency')}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('gig.entries.payout')}</legend>
        <div className="inline-fields">
          <DayField
            label={t('gig.entries.paidOn')}
            registration={form.register('paidOn')}
            error={message(errors.paidOn?.message)}
          />
          {text('received', t('gig.entries.received'), t('gig.entries.receivedHint'))}
          {text('fees', t('gig.entries.fees'), t('gig.entries.feesHint'))}
        </div>
      </fieldset>
      <LongTextField
        compact
        label={t('gig.entries.note')}
        error={message(errors.note?.message)}
        max={GIG_LIMITS.note}
        autoComplete="off"
        control={form.control}
        name="note"
      />
      <div className="form-actions">
        <button type="submit" className="button primary">
          {props.isNew ? t('gig.entries.add') : t('gig.entries.save')}
        </button>
        {props.onCancel ? (
          <button type="button" className="button secondary" onClick={props.onCancel}>
            {t('gig.entries.cancel')}
          </button>
        ) : null}
        {added ? (
          <p className="form-saved" role="status">
            {t('gig.entries.added')}
          </p>
        ) : null}
      </div>
      {error ? <ErrorMessage error={error} /> : null}
    </form>
  );
}

function pick<T extends object, K extends keyof T>(values: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, values[key]])) as Pick<T, K>;
}
