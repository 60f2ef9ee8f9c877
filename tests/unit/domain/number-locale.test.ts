/**
 * Amounts, hours and chart ticks on one screen use the same grouping and decimal signs, and
 * the money field's example is typed the way the amounts read.
 */
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, type CountryCode } from '../../../preload/contract/document';
import { conventionsFor, formattingLocale } from '../../../renderer/src/domain/countries';
import { formattersFor } from '../../../renderer/src/domain/formatters';
import { moneyInputText } from '../../../renderer/src/domain/money';

/** The signs between a number's first and last digit: "€8,200.50" → ",.", "8 200,50 €" → " ,". */
const signs = (text: string) =>
  text
    .slice(text.search(/\d/), text.search(/\d\D*$/) + 1)
    .replace(/\d/g, '')
    .replace(/\s/g, ' ');

describe('numbers and amounts agree on their signs', () => {
  it('English in France: amounts and hours both read the English way', () => {
    const en = formattersFor('en', 'FR');
    expect(en.money(820050, 'EUR')).toBe('€8,200.50');
    expect(en.decimal(45.5)).toBe('45.5');
    expect(en.axis(12000)).toBe('12,000');
    expect(moneyInputText(245050, en.numberLocale)).toBe('2450.50');
    // Outside the US a dollar says which one it is, as it did before.
    expect(en.money(6000, 'USD')).toBe('US$60.00');
  });

  it('French in France is untouched: spaces to group, a comma for decimals', () => {
    const fr = formattersFor('fr', 'FR');
    expect(fr.numberLocale).toBe('fr-FR');
    // The grouping space is narrow or not depending on the ICU version.
    expect(fr.money(820050, 'EUR')).toMatch(/^8[\s\u202f]200,50[\s\u00a0]€$/);
    expect(fr.decimal(45.5)).toBe('45,5');
    expect(moneyInputText(245050, fr.numberLocale)).toBe('2450,50');
  });

  it('keeps a region whose amounts and numbers already agree (Swiss English groups with apostrophes)', () => {
    expect(formattingLocale('en', 'CH')).toBe('en-CH');
    expect(formattersFor('en', 'CH').axis(12000)).toMatch(/^12[’']000$/);
    expect(formattingLocale('en', 'GB')).toBe('en-GB');
    expect(formattingLocale('fr', 'CA')).toBe('fr-CA');
  });

  it('keeps Swiss French usage: francs with a point, other decimals with a comma', () => {
    const swiss = formattersFor('fr', 'CH');
    expect(swiss.numberLocale).toBe('fr-CH');
    expect(swiss.money(820050, 'CHF')).toMatch(/^8[’'\s\u202f]200\.50[\s\u00a0]CHF$/);
    expect(swiss.decimal(45.5)).toBe('45,5');
  });

  it.each(
    (['en', 'fr'] as const)
      .flatMap((language) => COUNTRY_CODES.map((country) => [language, country] as const))
      .filter(([language, country]) => `${language}-${country}` !== 'fr-CH'),
  )('%s with %s: an amount and a plain number use the same signs', (language, country: CountryCode) => {
    const formatters = formattersFor(language, country);
    const amount = formatters.money(1234550, conventionsFor(country).currency);
    expect(signs(amount)).toBe(signs(formatters.axis(12345.5)));
  });
});
