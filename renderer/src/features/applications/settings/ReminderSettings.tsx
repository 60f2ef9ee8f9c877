import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../../preload/contract/result';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Field } from '../../../components/Field';
import { setFollowUpSettings, useApplicationsStore } from '../../../state/applications-store';

const LIMITS = { followUpDays: [1, 90], ghostDays: [2, 180], weeklyGoal: [0, 200] } as const;
type Setting = keyof typeof LIMITS;

/** The follow-up delay, the silence before "Ghosted", and the weekly goal. */
export function ReminderSettings() {
  const { t } = useTranslation();
  const settings = useApplicationsStore((state) => state.section.settings);
  const [values, setValues] = useState<Record<Setting, string>>({
    followUpDays: String(settings.followUpDays),
    ghostDays: String(settings.ghostDays),
    weeklyGoal: String(settings.weeklyGoal),
  });
  const [errors, setErrors] = useState<Partial<Record<Setting, string>>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const save = async () => {
    setSaved(false);
    const found: Partial<Record<Setting, string>> = {};
    const numbers = {} as Record<Setting, number>;
    for (const key of Object.keys(LIMITS) as Setting[]) {
      const [min, max] = LIMITS[key];
      const n = Number(values[key].trim());
      if (!/^\d+$/.test(values[key].trim()) || n < min || n > max)
        found[key] = t('applications.settings.rangeError', { min, max });
      numbers[key] = n;
    }
    if (!found.followUpDays && !found.ghostDays && numbers.ghostDays <= numbers.followUpDays) {
      found.ghostDays = t('applications.settings.ghostAfterFollowUp');
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const failure = await setFollowUpSettings(numbers);
    setError(failure);
    setSaved(failure === null);
  };
  const field = (key: Setting) => (
    <Field compact label={t(`applications.settings.${key}`)} error={errors[key]}>
      <input
        type="text"
        inputMode="numeric"
        className="hours-input"
        value={values[key]}
        onChange={(e) => setValues({ ...values, [key]: e.target.value })}
      />
    </Field>
  );
  return (
    <section className="card" aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t('applications.settings.remindersTitle')}</h2>
      <div className="inline-fields">
        {field('followUpDays')}
        {field('ghostDays')}
        {field('weeklyGoal')}
      </div>
      <div className="form-actions">
        <button type="button" className="button secondary" onClick={() => void save()}>
          {t('applications.settings.saveReminders')}
        </button>
        {saved ? <p role="status">{t('applications.settings.saved')}</p> : null}
      </div>
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}
