import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { COUNTRY_CODES, LANGUAGES, type Language, type Profile } from '../../../../preload/contract/document';
import type { ApiError } from '../../../../preload/contract/result';
import { conventionsFor, countryName, formattingLocale } from '../../domain/countries';
import { dateLocale, shortDatePattern } from '../../domain/dates';
import { DayField } from '../../components/DayField';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/forms/SelectField';
import { useFieldMessage } from '../../components/forms/use-field-message';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LastPaidDayCheck } from './LastPaidDayCheck';
import {
  lastPaidDayToConfirm,
  profileFormSchema,
  toFormValues,
  toProfile,
  type ProfileFormValues,
} from './profile-form-model';

export interface ProfileFormProps {
  profile: Profile;
  language: Language;
  submitLabel: string;
  /** The new profile and language; resolves to an error to show, or null when saved. */
  onSubmit: (profile: Profile, language: Language) => Promise<ApiError | null>;
  /** Called when the language field changes, so the whole screen can switch at once. */
  onLanguagePreview?: (language: Language) => void;
  savedMessage?: string;
}

export function ProfileForm(props: ProfileFormProps) {
  const { t } = useTranslation();
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const initialLocales = {
    dateLocale: dateLocale(props.language, props.profile.country),
    numberLocale: formattingLocale(props.language, props.profile.country),
  };
  const form = useForm<ProfileFormValues>({
    defaultValues: toFormValues(props.profile, props.language, initialLocales),
    resolver: (values, context, options) => {
      const locales = {
        dateLocale: dateLocale(values.language, values.country),
        numberLocale: formattingLocale(values.language, values.country),
      };
      return zodResolver(profileFormSchema(locales))(values, context, options);
    },
    mode: 'onBlur',
  });
  const country = useWatch({ control: form.control, name: 'country' });
  const [layoffTyped, lastPaidTyped] = useWatch({
    control: form.control,
    name: ['layoffDate', 'lastPaidDay'],
  });
  // The pair of days the user confirmed; typing another pair asks again.
  const [confirmedPair, setConfirmedPair] = useState<string | null>(null);
  const [stoppedSaves, setStoppedSaves] = useState(0);
  const language = useWatch({ control: form.control, name: 'language' });
  const locales = useMemo(
    () => ({ dateLocale: dateLocale(language, country), numberLocale: formattingLocale(language, country) }),
    [language, country],
  );
  const { message, dateHint } = useFieldMessage({
    datePattern: shortDatePattern(locales.dateLocale),
    numberLocale: locales.numberLocale,
  });
  const toConfirm = lastPaidDayToConfirm({ layoffDate: layoffTyped, lastPaidDay: lastPaidTyped }, locales);
  const pairKey = (pair: { layoffDate: string; lastPaidDay: string }) =>
    `${pair.layoffDate}/${pair.lastPaidDay}`;
  const confirmed = toConfirm !== null && confirmedPair === pairKey(toConfirm);
  const currency = conventionsFor(country).currency;
  const errors = form.formState.errors;

  const submit = form.handleSubmit(async (values) => {
    setSaved(false);
    const pending = lastPaidDayToConfirm(values, locales);
    if (pending && confirmedPair !== pairKey(pending)) {
      // Not saved: the dates look like a slip until the user says they are right.
      setStoppedSaves((count) => count + 1);
      return;
    }
    setStoppedSaves(0);
    const profile = toProfile(values, locales, props.profile.onboardedAt ?? new Date().toISOString());
    const error = await props.onSubmit(profile, values.language);
    setSaveError(error);
    setSaved(error === null);
  });

  const languageField = form.register('language', {
    onChange: (event: { target: { value: Language } }) => props.onLanguagePreview?.(event.target.value),
  });

  return (
    <form className="profile-form" onSubmit={(event) => void submit(event)} noValidate>
      <fieldset>
        <legend>{t('profile.aboutYou')}</legend>
        <Field label={t('profile.name')} error={message(errors.name?.message)}>
          <input type="text" autoComplete="name" {...form.register('name')} />
        </Field>
        <SelectField
          label={t('profile.country')}
          hint={t('profile.countryHelp')}
          options={COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code, language) }))}
          registration={form.register('country')}
        />
        <SelectField
          label={t('profile.language')}
          options={LANGUAGES.map((code) => ({ value: code, label: t(`languages.${code}`), lang: code }))}
          registration={languageField}
        />
      </fieldset>
      <fieldset>
        <legend>{t('profile.whatHappened')}</legend>
        <DayField
          compact={false}
          label={t('profile.layoffDate')}
          hint={dateHint}
          error={message(errors.layoffDate?.message)}
          registration={form.register('layoffDate')}
        />
        <DayField
          compact={false}
          label={t('profile.lastPaidDay')}
          hint={dateHint}
          error={message(errors.lastPaidDay?.message)}
          registration={form.register('lastPaidDay')}
        />
        <LastPaidDayCheck
          toConfirm={toConfirm}
          dateLocale={locales.dateLocale}
          confirmed={confirmed}
          onConfirm={(yes) => setConfirmedPair(yes && toConfirm ? pairKey(toConfirm) : null)}
          stoppedSaves={stoppedSaves}
        />
        <Field label={t('profile.previousRole')} error={message(errors.previousRole?.message)}>
          <input
            type="text"
            placeholder={t('profile.previousRolePlaceholder')}
            {...form.register('previousRole')}
          />
        </Field>
        <Field label={t('profile.previousEmployer')} error={message(errors.previousEmployer?.message)}>
          <input type="text" autoComplete="organization" {...form.register('previousEmployer')} />
        </Field>
        <Field
          label={t('profile.previousMonthlyPay', { currency })}
          error={message(errors.previousMonthlyPay?.message)}
        >
          <input
            type="text"
            inputMode="decimal"
            autoComplete="off"
            {...form.register('previousMonthlyPay')}
          />
        </Field>
      </fieldset>
      <fieldset>
        <legend>{t('profile.yourTime')}</legend>
        <Field
          label={t('profile.hoursPerWeek')}
          hint={t('profile.hoursHelp')}
          error={message(errors.hoursPerWeek?.message)}
        >
          <input type="text" inputMode="numeric" autoComplete="off" {...form.register('hoursPerWeek')} />
        </Field>
      </fieldset>
      {saveError ? <ErrorMessage error={saveError} /> : null}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={form.formState.isSubmitting}>
          {props.submitLabel}
        </button>
        {saved && props.savedMessage ? (
          <p className="form-saved" role="status">
            {props.savedMessage}
          </p>
        ) : null}
      </div>
    </form>
  );
}
