/**
 * The profile form's values are what the user typed (strings in their locale); the profile
 * is what we store (ISO days, integer cents). This module converts both ways and defines the
 * checks, with i18n keys as messages so the form shows them in the user's language.
 */
import { isBefore, parseISO } from 'date-fns';
import { z } from 'zod';
import {
  COUNTRY_CODES,
  LANGUAGES,
  MONEY_MAX_MINOR,
  PROFILE_LIMITS,
  type CountryCode,
  type Language,
  type Profile,
} from '../../../../preload/contract/document';
import { formMessage } from '../../domain/forms/form-message';
import {
  dayField,
  dayFromText,
  minorFromText,
  moneyField,
  textField,
  textFromDay,
  textFromMinor,
  wholeNumberFromText,
  type FormLocales,
} from '../../domain/forms/typed-fields';
import { conventionsFor } from '../../domain/countries';

export type { FormLocales } from '../../domain/forms/typed-fields';

export interface ProfileFormValues {
  name: string;
  country: CountryCode;
  language: Language;
  layoffDate: string;
  lastPaidDay: string;
  previousRole: string;
  previousEmployer: string;
  previousMonthlyPay: string;
  hoursPerWeek: string;
}

export function profileFormSchema(locales: FormLocales) {
  return z.object({
    name: textField(PROFILE_LIMITS.name),
    country: z.enum(COUNTRY_CODES),
    language: z.enum(LANGUAGES),
    layoffDate: dayField(locales.dateLocale, { required: true }),
    lastPaidDay: dayField(locales.dateLocale),
    previousRole: textField(PROFILE_LIMITS.previousRole),
    previousEmployer: textField(PROFILE_LIMITS.previousEmployer),
    previousMonthlyPay: moneyField(locales.numberLocale, { max: MONEY_MAX_MINOR }),
    hoursPerWeek: z
      .string()
      .refine(
        (text) => wholeNumberFromText(text, PROFILE_LIMITS.hoursPerWeek) !== null,
        formMessage('errors.hoursRange', { ...PROFILE_LIMITS.hoursPerWeek }),
      ),
  });
}

export function toFormValues(profile: Profile, language: Language, locales: FormLocales): ProfileFormValues {
  return {
    name: profile.name,
    country: profile.country,
    language,
    layoffDate: textFromDay(profile.layoffDate, locales.dateLocale),
    lastPaidDay: textFromDay(profile.lastPaidDay, locales.dateLocale),
    previousRole: profile.previousRole,
    previousEmployer: profile.previousEmployer,
    previousMonthlyPay: textFromMinor(profile.previousMonthlyPay?.amountMinor, locales.numberLocale),
    hoursPerWeek: String(profile.hoursPerWeek),
  };
}

/** Only called on values the schema accepted. */
export function toProfile(values: ProfileFormValues, locales: FormLocales, onboardedAt: string): Profile {
  const pay = minorFromText(values.previousMonthlyPay, locales.numberLocale);
  return {
    name: values.name.trim(),
    country: values.country,
    layoffDate: dayFromText(values.layoffDate, locales.dateLocale),
    lastPaidDay: dayFromText(values.lastPaidDay, locales.dateLocale),
    previousRole: values.previousRole.trim(),
    previousEmployer: values.previousEmployer.trim(),
    previousMonthlyPay:
      pay === null ? null : { amountMinor: pay, currency: conventionsFor(values.country).currency },
    hoursPerWeek: wholeNumberFromText(values.hoursPerWeek, PROFILE_LIMITS.hoursPerWeek) ?? 0,
    onboardedAt,
  };
}

/**
 * A last paid day before the layoff date is possible (an agreed early exit) but is far more
 * often a typing slip (a swapped day and month, last year's date), and it moves the benefits'
 * start and the budget. The form asks the user to confirm it before saving.
 */
export function lastPaidDayNeedsConfirming(layoffDate: string | null, lastPaidDay: string | null): boolean {
  return layoffDate !== null && lastPaidDay !== null && isBefore(parseISO(lastPaidDay), parseISO(layoffDate));
}

/** The same rule on what was typed: the two days (ISO) to confirm, or null when nothing needs it. */
export function lastPaidDayToConfirm(
  values: Pick<ProfileFormValues, 'layoffDate' | 'lastPaidDay'>,
  locales: FormLocales,
): { layoffDate: string; lastPaidDay: string } | null {
  const layoffDate = dayFromText(values.layoffDate, locales.dateLocale);
  const lastPaidDay = dayFromText(values.lastPaidDay, locales.dateLocale);
  return layoffDate !== null && lastPaidDay !== null && lastPaidDayNeedsConfirming(layoffDate, lastPaidDay)
    ? { layoffDate, lastPaidDay }
    : null;
}
