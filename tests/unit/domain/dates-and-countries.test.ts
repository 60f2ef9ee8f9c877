import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { format } from 'date-fns';
import { COUNTRY_CODES } from '../../../preload/contract/document';
import { conventionsFor, countryFromLocale, countryName } from '../../../renderer/src/domain/countries';
import {
  dateLocale,
  formatIsoDay,
  parseTypedDay,
  shortDatePattern,
} from '../../../renderer/src/domain/dates';

describe('dates as the user types and reads them', () => {
  it('follows the locale: day first in France and Britain, month first in the US', () => {
    expect(formatIsoDay('2026-03-05', dateLocale('fr', 'FR'))).toBe('05/03/2026');
    expect(formatIsoDay('2026-03-05', dateLocale('en', 'GB'))).toBe('05/03/2026');
    expect(formatIsoDay('2026-03-05', dateLocale('en', 'US'))).toBe('03/05/2026');
  });

  it('reads typed days in the locale, or as ISO', () => {
    expect(parseTypedDay('05/03/2026', dateLocale('fr', 'FR'))).toBe('2026-03-05');
    expect(parseTypedDay('03/05/2026', dateLocale('en', 'US'))).toBe('2026-03-05');
    expect(parseTypedDay('2026-03-05', dateLocale('en', 'US'))).toBe('2026-03-05');
    expect(parseTypedDay('29/02/2028', dateLocale('fr', 'FR'))).toBe('2028-02-29');
  });

  it('refuses days that do not exist', () => {
    const fr = dateLocale('fr', 'FR');
    for (const text of ['29/02/2026', '31/04/2026', '00/01/2026', 'demain', '', '12/13/2026']) {
      expect(parseTypedDay(text, fr)).toBeNull();
    }
  });

  it('round-trips every day between 1950 and 2100 in every locale (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(1950, 0, 1), max: new Date(2100, 11, 31), noInvalidDate: true }),
        fc.constantFrom(
          ['fr', 'FR'] as const,
          ['en', 'US'] as const,
          ['en', 'GB'] as const,
          ['fr', 'CA'] as const,
        ),
        (date, [language, country]) => {
          const iso = format(date, 'yyyy-MM-dd');
          const locale = dateLocale(language, country);
          expect(parseTypedDay(formatIsoDay(iso, locale), locale)).toBe(iso);
        },
      ),
    );
  });

  it('gives a short-date pattern with a four-digit year for the hint', () => {
    expect(shortDatePattern(dateLocale('fr', 'FR'))).toBe('dd/MM/yyyy');
    expect(shortDatePattern(dateLocale('en', 'US'))).toBe('MM/dd/yyyy');
    // fr-CA writes two-digit years; we always show four so a year can be read back.
    expect(shortDatePattern(dateLocale('fr', 'CA'))).toBe('yyyy-MM-dd');
  });
});

describe('countries', () => {
  it('decide currency, paper and benefit rules', () => {
    expect(conventionsFor('FR')).toEqual({ currency: 'EUR', paper: 'A4', benefits: 'france-are' });
    expect(conventionsFor('US')).toEqual({ currency: 'USD', paper: 'Letter', benefits: 'us-state' });
    expect(conventionsFor('CH').currency).toBe('CHF');
  });

  it('have translated names', () => {
    expect(countryName('DE', 'fr')).toBe('Allemagne');
    expect(countryName('DE', 'en')).toBe('Germany');
    for (const code of COUNTRY_CODES) expect(countryName(code, 'fr')).not.toBe(code);
  });

  it('are guessed from the system locale for first run', () => {
    expect(countryFromLocale('fr-FR')).toBe('FR');
    expect(countryFromLocale('fr')).toBe('FR');
    expect(countryFromLocale('en-GB')).toBe('GB');
    expect(countryFromLocale('ja-JP')).toBe('US');
  });
});
