/**
 * Pay in another currency (USD for most AI-tutor work) counts in the budget only through a
 * rate the user enters and dates: home-currency units for 1 foreign unit, kept as an integer
 * number of millionths (0.9204 → 920,400). Converting multiplies by that and divides by a
 * million, rounding half up once, to the cent; no floating point on the way.
 */
import { isAfter, parseISO } from 'date-fns';
import { z } from 'zod';
import type { BudgetSection } from '../../../../preload/contract/budget-section';
import type { CurrencyCode } from '../../../../preload/contract/document-enums';

export type ExchangeRate = BudgetSection['exchangeRates'][number];

const MICROS_PER_UNIT = 1_000_000;
const MAX_MICROS = 1_000_000_000_000;

/** The rate the budget uses for a currency: the one with the latest date (the later entry on a tie). */
export function rateFor(currency: CurrencyCode, rates: readonly ExchangeRate[]): ExchangeRate | null {
  let chosen: ExchangeRate | null = null;
  for (const rate of rates) {
    if (rate.currency !== currency) continue;
    if (chosen === null || !isAfter(parseISO(chosen.asOf), parseISO(rate.asOf))) chosen = rate;
  }
  return chosen;
}

/** amount × rate ÷ 1,000,000, rounded half up once (amounts are never negative here). */
export function convertMinor(amountMinor: number, homePerUnitMicros: number): number {
  const product = BigInt(amountMinor) * BigInt(homePerUnitMicros);
  const million = BigInt(MICROS_PER_UNIT);
  return Number((product * 2n + million) / (million * 2n));
}

function decimalMark(locale: string): string {
  return (
    new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.'
  );
}

/** 920400 → "0.9204" in English, "0,9204" in French: as many decimals as it needs, up to six. */
export function formatRate(homePerUnitMicros: number, locale: string): string {
  const whole = Math.floor(homePerUnitMicros / MICROS_PER_UNIT);
  const fraction = String(homePerUnitMicros % MICROS_PER_UNIT)
    .padStart(6, '0')
    .replace(/0+$/, '');
  return fraction === '' ? String(whole) : `${whole}${decimalMark(locale)}${fraction}`;
}

/**
 * What a user types for a rate: digits with one decimal mark, comma or point whichever their
 * keyboard gives, up to six decimals. A mark that is not the locale's, followed by exactly
 * three digits after a non-zero whole part ("1,000" in English), may be a thousands separator:
 * refused rather than guessed.
 */
export function rateTextSchema(locale: string) {
  return z
    .string()
    .trim()
    .regex(/^\d{1,6}(?:[.,]\d{1,6})?$/)
    .refine((text) => {
      const match = /^(\d+)([.,])(\d{3})$/.exec(text);
      return !match || /^0+$/.test(match[1] ?? '') || match[2] === decimalMark(locale);
    })
    .transform((text) => {
      const [whole = '0', fraction = ''] = text.split(/[.,]/);
      return Number(whole) * MICROS_PER_UNIT + Number(fraction.padEnd(6, '0'));
    })
    .pipe(z.int().min(1).max(MAX_MICROS));
}

export function parseRateInput(text: string, locale: string): number | null {
  const parsed = rateTextSchema(locale).safeParse(text);
  return parsed.success ? parsed.data : null;
}
