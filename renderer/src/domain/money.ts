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

// Building an Intl formatter costs far more than using one: tables of amounts reuse them.
const moneyFormatters = new Map<string, Intl.NumberFormat>();

export function formatMoney(amountMinor: number, currency: CurrencyCode, locale: string): string {
  const key = `${locale}|${currency}`;
  let formatter = moneyFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
    moneyFormatters.set(key, formatter);
  }
  // ES2023 Intl accepts decimal strings exactly; the cast is for lib typings that lag.
  return formatter.format(decimalString(amountMinor) as unknown as number);
}

/** The amount as the user would type it back, without currency or grouping: "2450.50" / "2450,50". */
export function moneyInputText(amountMinor: number, locale: string): string {
  const decimal = decimalSeparator(locale);
  return decimalString(amountMinor).replace('.', decimal);
}

function decimalSeparator(locale: string): string {
  return (
    new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.'
  );
}

const GROUP_SEPARATORS = "\\s\u00a0\u202f'’.,";
const WELL_GROUPED = new RegExp(`^\\d{1,3}(?:[${GROUP_SEPARATORS}]\\d{3})+$`);

/**
 * Reads a typed amount ("2 450,50", "2,450.50", "1'250.25", "$2,450") into minor units.
 * The decimal separator is read from the text: a final "." or "," followed by one or two
 * digits is the decimal point in any locale (a Swiss user types "1250.50" whatever the
 * locale says). A final separator followed by exactly three digits is grouping, unless it is
 * the locale's own decimal sign, where "12.345" is ambiguous and refused rather than guessed.
 * Negative amounts and anything else return null, so the form can say so.
 */
export function parseMoneyInput(text: string, locale: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '' || /[-−]/.test(trimmed)) return null;
  const cleaned = trimmed.replace(/[^\d.,\s\u00a0\u202f'’]/g, '').trim();
  let integerPart = cleaned;
  let fraction = '';
  const last = Math.max(cleaned.lastIndexOf('.'), cleaned.lastIndexOf(','));
  if (last >= 0) {
    const tail = cleaned.slice(last + 1);
    if (/^\d{1,2}$/.test(tail)) {
      integerPart = cleaned.slice(0, last);
      fraction = tail;
    } else if (
      /^\d{3}$/.test(tail) &&
      cleaned[last] === decimalSeparator(locale) &&
      !/[.,]/.test(cleaned.slice(0, last))
    ) {
      return null;
    }
  }
  if (!/^\d+$/.test(integerPart) && !WELL_GROUPED.test(integerPart)) return null;
  const digits = integerPart.replace(/\D/g, '');
  if (digits.length > 12) return null;
  return Number(digits) * MINOR_PER_MAJOR + Number(fraction.padEnd(MINOR_DIGITS, '0'));
}
