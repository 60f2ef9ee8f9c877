import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dateLocale, formatDateTime, formatLongDay } from '../../../renderer/src/domain/dates';
import { formattersFor } from '../../../renderer/src/domain/formatters';

describe('days in words', () => {
  it('writes the first of the month "1er" in French, as French readers expect', () => {
    expect(formatLongDay('2026-12-01', dateLocale('fr', 'FR'))).toBe('1er décembre 2026');
    expect(formatLongDay('2027-01-01', dateLocale('fr', 'CA'))).toBe('1er janvier 2027');
    expect(formattersFor('fr', 'FR').longDay('2026-12-01')).toBe('1er décembre 2026');
  });

  it('writes every other day as a plain number in French ("2 décembre", never "2e")', () => {
    expect(formatLongDay('2026-12-02', dateLocale('fr', 'FR'))).toBe('2 décembre 2026');
    expect(formatLongDay('2026-12-21', dateLocale('fr', 'FR'))).toBe('21 décembre 2026');
  });

  it('leaves English as date-fns writes it', () => {
    expect(formatLongDay('2026-12-01', dateLocale('en', 'GB'))).toBe('1 December 2026');
    expect(formatLongDay('2026-12-01', dateLocale('en', 'US'))).toBe('December 1st, 2026');
  });

  it('puts "1er" in a French moment too, and keeps its time', () => {
    expect(formatDateTime('2026-12-01T09:30:00', dateLocale('fr', 'FR'))).toBe('1er déc. 2026, 09:30');
    expect(formatDateTime('2026-12-02T09:30:00', dateLocale('fr', 'FR'))).toBe('2 déc. 2026, 09:30');
    expect(formatDateTime('2026-12-01T09:30:00', dateLocale('en', 'GB'))).toBe('1 Dec 2026, 09:30');
  });

  it('says "1er" exactly on the first of each month in French (property)', () => {
    const fr = dateLocale('fr', 'FR');
    fc.assert(
      fc.property(
        fc.date({ min: new Date(1990, 0, 1), max: new Date(2100, 11, 31), noInvalidDate: true }),
        (date) => {
          const iso = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
          const text = formatLongDay(iso, fr);
          expect(text.startsWith('1er ')).toBe(date.getDate() === 1);
          expect(text).toMatch(/^\d{1,2}(er)? \p{L}+ \d{4}$/u);
        },
      ),
    );
  });
});
