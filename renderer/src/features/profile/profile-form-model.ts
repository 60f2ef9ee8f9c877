/**
 * The profile form's values are what the user typed (strings in their locale); the profile
 * is what we store (ISO days, integer cents). This module converts both ways and defines the
 * checks, with i18n keys as messages so the form shows them in the user's language.
 */
import { isBefore, parseISO, type Locale } from 'date-fns';
import { z } from 'zod';
import {
  COUNTRY_CODES,
  LANGUAGES,
  type CountryCode,
  type Language,
  type Profile,
} from '../../../../preload/contract/document';
import { conventionsFor } from '../../domain/countries';
import { formatIsoDay, parseTypedDay } from '../../domain/dates';
import { moneyInputText, parseMoneyInput } from '../../domain/money';

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

export interface FormLocales {
  dateLocale: Locale;
  numberLocale: string;
}

export const TEXT_LIMITS = { name: 120, previousRole: 160, previousEmployer: 160 } as const;

const HOURS = /^\d{1,2}$/;

export function profileFormSchema(locales: FormLocales) {
  const optionalDay = z
    .string()
    .refine(
      (text) => text.trim() === '' || parseTypedDay(text, locales.dateLocale) !== null,
      'errors.dateInvalid',
    );
  return z.object({
    name: z.string().max(TEXT_LIMITS.name, 'errors.tooLong'),
    country: z.enum(COUNTRY_CODES),
    language: z.enum(LANGUAGES),
    layoffDate: z
      .string()
      .refine((text) => text.trim() !== '', 'errors.required')
      .refine(
        (text) => text.trim() === '' || parseTypedDay(text, locales.dateLocale) !== null,
        'errors.dateInvalid',
      ),
    lastPaidDay: optionalDay,
    previousRole: z.string().max(TEXT_LIMITS.previousRole, 'errors.tooLong'),
    previousEmployer: z.string().max(TEXT_LIMITS.previousEmployer, 'errors.tooLong'),
    previousMonthlyPay: z
      .string()
      .refine(
        (text) => text.trim() === '' || parseMoneyInput(text, locales.numberLocale) !== null,
        'errors.moneyInvalid',
      ),
    hoursPerWeek: z
      .string()
      .refine((text) => HOURS.test(text.trim()) && Number(text.trim()) <= 80, 'errors.hoursRange'),
  });
}

export function toFormValues(profile: Profile, language: Language, locales: FormLocales): ProfileFormValues {
  return {
    name: profile.name,
    country: profile.country,
    language,
    layoffDate: profile.layoffDate ? formatIsoDay(profile.layoffDate, locales.dateLocale) : '',
    lastPaidDay: profile.lastPaidDay ? formatIsoDay(profile.lastPaidDay, locales.dateLocale) : '',
    previousRole: profile.previousRole,
    previousEmployer: profile.previousEmployer,
    previousMonthlyPay: profile.previousMonthlyPay
      ? moneyInputText(profile.previousMonthlyPay.amountMinor, locales.numberLocale)
      : '',
    hoursPerWeek: String(profile.hoursPerWeek),
  };
}

/** Only called on values the schema accepted. */
export function toProfile(values: ProfileFormValues, locales: FormLocales, onboardedAt: string): Profile {
  const pay =
    values.previousMonthlyPay.trim() === ''
      ? null
      : parseMoneyInput(values.previousMonthlyPay, locales.numberLocale);
  return {
    name: values.name.trim(),
    country: values.country,
    layoffDate: parseTypedDay(values.layoffDate, locales.dateLocale),
    lastPaidDay: parseTypedDay(values.lastPaidDay, locales.dateLocale),
    previousRole: values.previousRole.trim(),
    previousEmployer: values.previousEmployer.trim(),
    previousMonthlyPay:
      pay === null ? null : { amountMinor: pay, currency: conventionsFor(values.country).currency },
    hoursPerWeek: Number(values.hoursPerWeek.trim()),
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
  const layoffDate = parseTypedDay(values.layoffDate, locales.dateLocale);
  const lastPaidDay = parseTypedDay(values.lastPaidDay, locales.dateLocale);
  return layoffDate !== null && lastPaidDay !== null && lastPaidDayNeedsConfirming(layoffDate, lastPaidDay)
    ? { layoffDate, lastPaidDay }
    : null;
}
