import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatMoney, moneyInputText, parseMoneyInput } from '../../../renderer/src/domain/money';

const nbsp = /[\u00a0\u202f]/g;
const plain = (text: string) => text.replace(nbsp, ' ');

describe('formatting money from cents', () => {
  it.each([
    [245050, 'EUR', 'fr-FR', '2 450,50 €'],
    [245050, 'USD', 'en-US', '$2,450.50'],
    [5, 'GBP', 'en-GB', '£0.05'],
    [-120000, 'EUR', 'en-IE', '-€1,200.00'],
  ] as const)('%i %s in %s is %s', (amount, currency, locale, expected) => {
    expect(plain(formatMoney(amount, currency, locale))).toBe(expected);
  });

  it('writes Swiss French amounts with a decimal point and grouped thousands', () => {
    // CLDR: a decimal point in fr-CH. The group mark changed between ICU releases (a space in
    // ICU 78.2, an apostrophe in 78.3), so either is accepted; every cent must be there.
    expect(plain(formatMoney(123456789012, 'CHF', 'fr-CH'))).toMatch(/^1[ '’]234[ '’]567[ '’]890\.12 CHF$/);
  });

  it('keeps every cent of amounts far beyond float-safe decimals', () => {
    expect(plain(formatMoney(900719925474099, 'USD', 'en-US'))).toBe('$9,007,199,254,740.99');
  });
});

describe('reading a typed amount', () => {
  it.each([
    ['2450', 'fr-FR', 245000],
    ['2 450,50', 'fr-FR', 245050],
    ['2\u202f450,5', 'fr-FR', 245050],
    ['2,450.50', 'en-US', 245050],
    ['$2,450', 'en-US', 245000],
    ['0.07', 'en-GB', 7],
    ["1'250.25", 'de-CH', 125025],
    ['1250.50', 'fr-CH', 125050],
    ['1.250', 'fr-FR', 125000],
    ['2,45', 'en-US', 245],
  ])('"%s" in %s is %i cents', (text, locale, cents) => {
    expect(parseMoneyInput(text, locale)).toBe(cents);
  });

  it.each([
    ['', 'en-US'],
    ['abc', 'en-US'],
    ['12.345', 'en-US'],
    ['-50', 'en-US'],
    ['1,2,3,4', 'fr-FR'],
  ])('refuses "%s" rather than guess', (text, locale) => {
    expect(parseMoneyInput(text, locale)).toBeNull();
  });

  it('reads back exactly what it wrote, in every supported locale (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000_00 }),
        fc.constantFrom('fr-FR', 'en-US', 'en-GB', 'fr-CA', 'fr-CH', 'en-AU'),
        (cents, locale) => {
          expect(parseMoneyInput(moneyInputText(cents, locale), locale)).toBe(cents);
        },
      ),
    );
  });
});
