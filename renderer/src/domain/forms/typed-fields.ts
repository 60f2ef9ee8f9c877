/**
 * The zod pieces every form-model builds its schema from, and the conversions between what
 * the user types (text in their locale) and what is saved (ISO days, integer cents, whole
 * numbers). Each check's message is an i18n key (see form-message.ts); limits are passed in
 * from the contract's *_LIMITS, never written here.
 */
import type { Locale } from 'date-fns';
import { z } from 'zod';
import { formatIsoDay, parseTypedDay } from '../dates';
import { moneyInputText, parseMoneyInput } from '../money';
import { formMessage } from './form-message';
import { textLength } from './text-length';

/** The locales the user types in: dates (date-fns) and numbers (a BCP 47 tag). */
export interface FormLocales {
  dateLocale: Locale;
  numberLocale: string;
}

export const isBlank = (text: string) => text.trim() === '';

/**
 * Free text up to the contract's limit (counted as saved: trimmed). Too long is an error that
 * says by how much (`count`, for the plural); the text is kept as typed, never cut.
 */
export function textField(max: number, options: { required?: boolean } = {}) {
  return z
    .string()
    .refine((text) => !options.required || !isBlank(text), 'errors.required')
    .refine((text) => textLength(text, max).over === 0, {
      error: (issue) =>
        formMessage('errors.tooLong', { max, count: textLength(String(issue.input), max).over }),
    });
}

/** A typed day in the locale's short form (or ISO); empty allowed unless required. */
export function dayField(dateLocale: Locale, options: { required?: boolean } = {}) {
  return z
    .string()
    .refine((text) => !options.required || !isBlank(text), 'errors.required')
    .refine((text) => isBlank(text) || parseTypedDay(text, dateLocale) !== null, 'errors.dateInvalid');
}

/**
 * A typed amount in the locale; empty allowed unless required. `signed` accepts a leading
 * minus (an overdrawn account); `max` is the contract's largest amount in minor units;
 * `invalid` replaces the generic message when the field has its own wording.
 */
export function moneyField(
  numberLocale: string,
  options: { required?: boolean; signed?: boolean; max?: number; invalid?: string } = {},
) {
  return z
    .string()
    .refine((text) => !options.required || !isBlank(text), 'errors.required')
    .refine((text) => {
      if (isBlank(text)) return true;
      const minor = minorFromText(text, numberLocale, options.signed);
      return minor !== null && (options.max === undefined || Math.abs(minor) <= options.max);
    }, options.invalid ?? 'errors.moneyInvalid');
}

/** A whole number from min to max (the contract's range); empty allowed only when optional. */
export function wholeNumberField(range: { min: number; max: number }, options: { optional?: boolean } = {}) {
  return z
    .string()
    .refine(
      (text) => (options.optional && isBlank(text)) || wholeNumberFromText(text, range) !== null,
      formMessage('errors.numberRange', { min: range.min, max: range.max }),
    );
}

/** The typed day as ISO, or null when empty (or unreadable: the schema has refused it). */
export function dayFromText(text: string, dateLocale: Locale): string | null {
  return isBlank(text) ? null : parseTypedDay(text, dateLocale);
}

export function textFromDay(iso: string | null | undefined, dateLocale: Locale): string {
  return iso ? formatIsoDay(iso, dateLocale) : '';
}

/** The typed amount in minor units, or null when empty or unreadable. */
export function minorFromText(text: string, numberLocale: string, signed = false): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const negative = signed && /^[-−]/.test(trimmed);
  const minor = parseMoneyInput(negative ? trimmed.slice(1) : trimmed, numberLocale);
  return minor === null ? null : negative ? -minor : minor;
}

export function textFromMinor(minor: number | null | undefined, numberLocale: string): string {
  if (minor === null || minor === undefined) return '';
  return minor < 0 ? `-${moneyInputText(-minor, numberLocale)}` : moneyInputText(minor, numberLocale);
}

/** Digits only, within the range; null otherwise. */
export function wholeNumberFromText(text: string, range: { min: number; max: number }): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,9}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= range.min && value <= range.max ? value : null;
}
