/**
 * Money as integer minor units (cents), everywhere. Formatting hands Intl a decimal *string*
 * built from integers, so no binary float ever touches an amount. Every supported currency
 * has two minor digits (ISO 4217), which MINOR_DIGITS records in one place.
 */
import type { CurrencyCode } from '../../../preload/contract/document';

export const MINOR_DIGITS = 2;
const MINOR_PER_MAJOR = 10 ** MINOR_DIGITS;

function decimalString(amountMinor: number): string {
  const sign = amountMinor < 0 ? '-' : '';
  const absolute = Math.abs(amountMinor);
  const major = Math.trunc(absolute / MINOR_PER_MAJOR);
  const minor = absolute % MINOR_PER_MAJOR;
  return `${sign}${major}.${String(minor).padStart(MINOR_DIGITS, '0')}`;
}

export function formatMoney(amountMinor: number, currency: CurrencyCode, locale: string): string {
  const formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
  // ES2023 Intl accepts decimal strings exactly; the cast is for lib typings that lag.
  return formatter.format(decimalString(amountMinor) as unknown as number);
}

/** The amount as the user would type it back, without currency or grouping: "2450.50" / "2450,50". */
export function moneyInputText(amountMinor: number, locale: string): string {
  const decimal = decimalSeparator(locale);
  return decimalString(amountMinor).replace('.', decimal);
}

function decimalSeparator(locale: string): string {
  return new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
}

/**
 * Reads a typed amount in the user's locale ("2 450,50", "2,450.50", "2450") into minor
 * units. Returns null for anything that is not a plain non-negative amount, so the form can
 * say so rather than guess.
 */
export function parseMoneyInput(text: string, locale: string): number | null {
  const decimal = decimalSeparator(locale);
  const grouping = decimal === ',' ? /[\s\u00a0\u202f.'’]/g : /[\s\u00a0\u202f,'’]/g;
  const cleaned = text.trim().replace(/[^\d.,\s\u00a0\u202f'’]/g, '').replace(grouping, '');
  const normalised = decimal === ',' ? cleaned.replace(',', '.') : cleaned;
  const match = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(normalised);
  if (!match || text.trim() === '') return null;
  const major = Number(match[1]);
  const minor = Number((match[2] ?? '').padEnd(MINOR_DIGITS, '0'));
  return major * MINOR_PER_MAJOR + minor;
}
