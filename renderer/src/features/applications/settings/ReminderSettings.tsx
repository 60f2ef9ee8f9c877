import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../../preload/contract/result';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Field } from '../../../components/Field';
import { useFieldMessage } from '../../../components/forms/use-field-message';
import { setFollowUpSettings, useApplicationsStore } from '../../../state/applications-store';
import {
  reminderSettingsSchema,
  toReminderSettings,
  toReminderValues,
  type ReminderSettingsValues,
} from './reminder-settings-form-model';

/** The follow-up delay, the silence before "Ghosted", and the weekly goal. */
export function ReminderSettings() {
  const { t } = useTranslation();
  const { message } = useFieldMessage();
  const settings = useApplicationsStore((state) => state.section.settings);
  const form = useForm<ReminderSettingsValues>({
    defaultValues: toReminderValues(settings),
    resolver: zodResolver(reminderSettingsSchema()),
    mode: 'onSubmit',
  });
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const errors = form.formState.errors;
  const submit = form.handleSubmit(async (values) => {
    const failure = await setFollowUpSettings(toReminderSettings(values));
    setError(failure);
    setSaved(failure === null);
  });
  const field = (key: keyof ReminderSettingsValues) => (
    <Field compact label={t(`applications.settings.${key}`)} error={message(errors[key]?.message)}>
      <input type="text" inputMode="numeric" className="hours-input" {...form.register(key)} />
    </Field>
  );
  return (
    <section className="card" aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t('applications.settings.remindersTitle')}</h2>
      <form
        onSubmit={(event) => {
          setSaved(false);
          void submit(event);
        }}
        noValidate
      >
        <div className="inline-fields">
          {field('followUpDays')}
          {field('ghostDays')}
          {field('weeklyGoal')}
        </div>
        <div className="form-actions">
          <button type="submit" className="button secondary">
            {t('applications.settings.saveReminders')}
          </button>
          {saved ? <p role="status">{t('applications.settings.saved')}</p> : null}
        </div>
      </form>
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}
