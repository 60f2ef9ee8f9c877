import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  APPLICATION_LIMITS as L,
  CONTRACT_TYPES,
  PAY_UNITS,
  type Application,
} from '../../../../../preload/contract/applications-section';
import { CURRENCY_CODES } from '../../../../../preload/contract/document-enums';
import type { ApiError } from '../../../../../preload/contract/result';
import { DayField } from '../../../components/DayField';
import { Field } from '../../../components/Field';
import { SelectField } from '../../../components/forms/SelectField';
import { LongTextField } from '../../../components/forms/LongTextField';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { SUGGESTED_ORGANISATIONS } from '../../../domain/applications/organisations';
import { toApplicationFields } from './application-form-model';
import type { ApplicationFields } from '../../../domain/applications/new-application';
import { useApplicationForm } from './use-application-form';
import { useDomainOptions } from './use-domain-options';
import { ContactsEditor } from './ContactsEditor';
import { AssessmentsEditor } from './AssessmentsEditor';
import { ReapplyWarning } from './ReapplyWarning';

/** Every field of an application, in five groups; used to add one and to edit one. */
export function ApplicationForm(props: {
  application: Application;
  isNew: boolean;
  onSubmit: (fields: ApplicationFields) => Promise<ApiError | null>;
}) {
  const { t } = useTranslation();
  const { form, locales, message } = useApplicationForm(props.application);
  const domains = useDomainOptions();
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const organisation = useWatch({ control: form.control, name: 'organisation' });
  const payUnit = useWatch({ control: form.control, name: 'payUnit' });
  const errors = form.formState.errors;
  const { register } = form;
  const submit = form.handleSubmit(async (values) => {
    setSaved(false);
    const error = await props.onSubmit(toApplicationFields(values, locales));
    setSaveError(error);
    setSaved(error === null);
  });
  const day = (
    name: 'foundOn' | 'appliedOn' | 'deadline' | 'nextActionDue' | 'expectedStart',
    label: string,
  ) => <DayField label={label} error={message(errors[name]?.message)} registration={register(name)} />;
  return (
    <form className="application-form" onSubmit={(event) => void submit(event)} noValidate>
      <fieldset>
        <legend>{t('applications.form.what')}</legend>
        <Field
          label={t('applications.form.organisation')}
          hint={t('applications.form.organisationHint')}
          error={message(errors.organisation?.message)}
        >
          <input
            type="text"
            list="organisation-suggestions"
            autoComplete="off"
            {...register('organisation')}
          />
        </Field>
        <datalist id="organisation-suggestions">
          {SUGGESTED_ORGANISATIONS.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        {props.isNew ? <ReapplyWarning organisation={organisation} /> : null}
        <div className="grid-fields">
          <Field compact label={t('applications.form.role')} error={message(errors.role?.message)}>
            <input type="text" {...register('role')} />
          </Field>
          <SelectField
            compact
            label={t('applications.form.domain')}
            options={[
              { value: '', label: t('applications.form.noDomain') },
              ...domains.map((domain) => ({ value: domain.id, label: domain.name })),
            ]}
            registration={register('domainId')}
          />
          <Field compact label={t('applications.form.source')} error={message(errors.source?.message)}>
            <input type="text" {...register('source')} />
          </Field>
          <LongTextField
            compact
            label={t('applications.form.link')}
            error={message(errors.link?.message)}
            max={L.link}
            inputMode="url"
            control={form.control}
            name="link"
          />
          <SelectField
            compact
            label={t('applications.form.contract')}
            options={CONTRACT_TYPES.map((value) => ({ value, label: t(`applications.contracts.${value}`) }))}
            registration={register('contract')}
          />
          <Field compact label={t('applications.form.location')} error={message(errors.location?.message)}>
            <input type="text" {...register('location')} />
          </Field>
          <div className="field compact checkbox-field">
            <input type="checkbox" id="application-remote" {...register('remote')} />
            <label htmlFor="application-remote">{t('applications.form.remote')}</label>
          </div>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('applications.form.pay')}</legend>
        <div className="grid-fields">
          <Field compact label={t('applications.form.payMin')} error={message(errors.payMin?.message)}>
            <input type="text" inputMode="decimal" autoComplete="off" {...register('payMin')} />
          </Field>
          <Field compact label={t('applications.form.payMax')} error={message(errors.payMax?.message)}>
            <input type="text" inputMode="decimal" autoComplete="off" {...register('payMax')} />
          </Field>
          <SelectField
            compact
            label={t('applications.form.payUnit')}
            options={PAY_UNITS.map((unit) => ({ value: unit, label: t(`applications.units.${unit}`) }))}
            registration={register('payUnit')}
          />
          <SelectField
            compact
            label={t('applications.form.currency')}
            options={CURRENCY_CODES.map((code) => ({ value: code, label: code }))}
            registration={register('currency')}
          />
          {payUnit === 'hour' || payUnit === 'task' ? (
            <Field
              compact
              label={t(
                payUnit === 'hour' ? 'applications.form.hoursPerWeek' : 'applications.form.tasksPerWeek',
              )}
              hint={t('applications.form.unitsHint')}
              error={message(errors.unitsPerWeek?.message)}
            >
              <input type="text" inputMode="decimal" autoComplete="off" {...register('unitsPerWeek')} />
            </Field>
          ) : null}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('applications.form.dates')}</legend>
        <div className="grid-fields">
          {day('foundOn', t('applications.form.foundOn'))}
          {day('appliedOn', t('applications.form.appliedOn'))}
          {day('deadline', t('applications.form.deadline'))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('applications.form.next')}</legend>
        <div className="grid-fields">
          <LongTextField
            compact
            label={t('applications.form.nextAction')}
            error={message(errors.nextAction?.message)}
            max={L.nextAction}
            control={form.control}
            name="nextAction"
          />
          {day('nextActionDue', t('applications.form.nextActionDue'))}
        </div>
      </fieldset>
      <ContactsEditor form={form} message={message} />
      <AssessmentsEditor form={form} message={message} />
      <fieldset>
        <legend>{t('applications.form.papers')}</legend>
        <LongTextField
          label={t('applications.form.resumeVersion')}
          hint={t('applications.form.resumeHint')}
          error={message(errors.resumeVersion?.message)}
          max={L.resumeVersion}
          control={form.control}
          name="resumeVersion"
        />
        <Field
          label={t('applications.form.tags')}
          hint={t('applications.form.tagsHint')}
          error={message(errors.tags?.message)}
        >
          <input type="text" {...register('tags')} />
        </Field>
        <LongTextField
          label={t('applications.form.notes')}
          error={message(errors.notes?.message)}
          max={L.notes}
          rows={4}
          control={form.control}
          name="notes"
        />
      </fieldset>
      <fieldset>
        <legend>{t('applications.form.offer')}</legend>
        <p className="muted-text">{t('applications.form.offerHint')}</p>
        <div className="grid-fields">
          {day('expectedStart', t('applications.form.expectedStart'))}
          <Field
            compact
            label={t('applications.form.likelihood')}
            error={message(errors.likelihood?.message)}
          >
            <input type="text" inputMode="numeric" autoComplete="off" {...register('likelihood')} />
          </Field>
        </div>
      </fieldset>
      {saveError ? <ErrorMessage error={saveError} /> : null}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={form.formState.isSubmitting}>
          {props.isNew ? t('applications.form.create') : t('applications.form.save')}
        </button>
        {saved && !props.isNew ? (
          <p className="form-saved" role="status">
            {t('applications.form.saved')}
          </p>
        ) : null}
      </div>
    </form>
  );
}
