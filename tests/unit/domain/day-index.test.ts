import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { enUS, fr } from 'date-fns/locale';
import { dayIndex, isoDayAfter, isoWeekStart } from '../../../renderer/src/domain/day-index';

describe('day numbers', () => {
  it('count calendar days across a leap day and the clock changes', () => {
    expect(dayIndex('1970-01-02')).toBe(1);
    expect(dayIndex('2024-03-01') - dayIndex('2024-02-28')).toBe(2);
    expect(isoDayAfter('2026-03-28', 1)).toBe('2026-03-29'); // spring forward in Europe
    expect(isoDayAfter('2026-10-24', 8)).toBe('2026-11-01'); // and back
    expect(isoDayAfter('2026-11-21', -21)).toBe('2026-10-31');
  });

  it('start weeks on the locale’s first day', () => {
    expect(isoWeekStart('2026-11-21', fr)).toBe('2026-11-16');
    expect(isoWeekStart('2026-11-21', enUS)).toBe('2026-11-15');
  });

  it('agree with date-fns for any day and offset (property)', () => {
    const day = fc
      .integer({ min: 0, max: 200 * 365 })
      .map((n) => format(addDays(parseISO('1900-01-01'), n), 'yyyy-MM-dd'));
    fc.assert(
      fc.property(day, day, fc.integer({ min: -400, max: 400 }), (a, b, n) => {
        expect(dayIndex(b) - dayIndex(a)).toBe(differenceInCalendarDays(parseISO(b), parseISO(a)));
        expect(isoDayAfter(a, n)).toBe(format(addDays(parseISO(a), n), 'yyyy-MM-dd'));
      }),
    );
  });
});
