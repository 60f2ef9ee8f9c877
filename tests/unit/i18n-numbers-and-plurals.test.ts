/** Numbers and counts in the interface texts, as each language writes them. */
import { describe, expect, it } from 'vitest';
import { formattersFor } from '../../renderer/src/domain/formatters';
import { interpolatedNumber } from '../../renderer/src/i18n/number-interpolation';
import { testI18n } from '../support/test-i18n';

const fr = testI18n.getFixedT('fr');
const en = testI18n.getFixedT('en');

describe('numbers in translated texts', () => {
  it('writes decimals with a comma in French and a point in English', () => {
    expect(fr('path.list.effort', { hours: 6.5 })).toBe('6,5 h');
    expect(en('path.list.effort', { hours: 6.5 })).toBe('6.5 h');
  });

  it('groups thousands from five digits on, and leaves a year whole', () => {
    expect(fr('applications.files.tooManyRows', { limit: 50000 })).toContain('plus de 50\u202f000 lignes');
    expect(en('applications.files.tooManyRows', { limit: 50000 })).toContain('more than 50,000 rows');
    expect(fr('budget.are.divisor', { divisor: 30, year: 2026, source: 'Unédic' })).toContain(
      '(diviseur 2026\u202f:',
    );
  });
});

describe('the shortcut for small whole numbers (start-up skips Intl for them)', () => {
  // Intl itself, as the interface uses it: the shortcut must never show a different text.
  const intl = (value: number, language: string) =>
    new Intl.NumberFormat(language, { maximumFractionDigits: 2, useGrouping: 'min2' }).format(value);

  it('writes every whole number from 0 to 9,999 exactly as Intl does, in both languages', () => {
    for (const language of ['en', 'fr']) {
      const differing = Array.from({ length: 10_000 }, (_, value) => value).filter(
        (value) => interpolatedNumber(value, language) !== intl(value, language),
      );
      expect(differing, language).toEqual([]);
    }
  });

  it('leaves every other number to Intl: 10 000, decimals, negatives, minus zero', () => {
    for (const value of [10_000, 123_456, 2.5, 0.25, -1, -0, -9_999])
      for (const language of ['en', 'fr'])
        expect(interpolatedNumber(value, language), `${value} in ${language}`).toBe(intl(value, language));
  });
});

describe('counts in French', () => {
  it('treats 0 and 1 as singular and always shows the number', () => {
    expect(fr('applications.board.count', { count: 0 })).toBe('0 à cette étape');
    expect(fr('applications.board.count', { count: 1 })).toBe('1 à cette étape');
    expect(fr('applications.files.imported', { count: 0 })).toBe('0 candidature importée.');
    expect(fr('applications.files.imported', { count: 2 })).toBe('2 candidatures importées.');
    expect(fr('budget.verdict.short', { count: 0 })).toBe(
      'Il manque 0 semaine\u202f: l’argent s’épuise avant le premier salaire.',
    );
    expect(fr('path.timeline.caption', { count: 1 })).toContain('(1 première semaine)');
  });

  it('says "1 application" but "0 applications" in English', () => {
    expect(en('applications.files.confirm', { count: 1 })).toBe('Import 1 application');
    expect(en('applications.files.confirm', { count: 0 })).toBe('Import 0 applications');
  });
});

describe('chart axes', () => {
  it('separate thousands in both languages', () => {
    // Intl's French group separator is the narrow no-break space.
    expect(formattersFor('fr', 'FR').axis(12000)).toBe('12\u202f000');
    expect(formattersFor('fr', 'FR').axis(-2500)).toBe('-2\u202f500');
    expect(formattersFor('en', 'GB').axis(12000)).toBe('12,000');
    expect(formattersFor('en', 'US').axis(0.5)).toBe('0.5');
    expect(formattersFor('fr', 'CA').axis(0.5)).toBe('0,5');
  });
});
