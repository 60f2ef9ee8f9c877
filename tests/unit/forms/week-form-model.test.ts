import { describe, expect, it } from 'vitest';
import { issuesOf } from './issues';
import { WEEK_LIMITS, pathSectionSchema, emptyPathSection } from '../../../preload/contract/path-section';
import { dateLocale } from '../../../renderer/src/domain/dates';
import {
  blankWeekHours,
  blankWeekOff,
  startDateFrom,
  startDateSchema,
  toStartDateValues,
  toWeekHoursValues,
  weekHoursFrom,
  weekHoursSchema,
  weekOffFrom,
  weekOffSchema,
  weekStartOf,
} from '../../../renderer/src/features/path/week-form-model';

const french = dateLocale('fr', 'FR');
const american = dateLocale('en', 'US');
const withOverride = (hours: number) =>
  pathSectionSchema.safeParse({ ...emptyPathSection(), weekOverrides: [{ weekStart: '2026-12-07', hours }] });

describe('the week settings form model', () => {
  it('shows a saved start date the French way and saves the same day back; empty clears it', () => {
    const values = toStartDateValues('2026-12-01', french);
    expect(values).toEqual({ start: '01/12/2026' });
    expect(startDateSchema(french).safeParse(values).success).toBe(true);
    expect(startDateFrom(values, french)).toBe('2026-12-01');
    expect(toStartDateValues(null, french)).toEqual({ start: '' });
    expect(startDateSchema(french).safeParse({ start: ' ' }).success).toBe(true);
    expect(startDateFrom({ start: ' ' }, french)).toBeNull();
  });

  it('refuses a day that does not exist, next to the field', () => {
    expect(issuesOf(startDateSchema(french).safeParse({ start: '31/02/2026' }))).toEqual([
      ['start', { key: 'errors.dateInvalid', values: {} }],
    ]);
  });

  it('saves a week off as the first day of its week in the user’s locale', () => {
    // Thursday 10 December 2026: the French week starts on Monday 7, the American one on Sunday 6.
    expect(weekOffFrom({ week: '10/12/2026' }, french, 1)).toBe('2026-12-07');
    expect(weekOffFrom({ week: '12/10/2026' }, american, 0)).toBe('2026-12-06');
    expect(weekStartOf('2026-12-07', 1)).toBe('2026-12-07');
    expect(issuesOf(weekOffSchema(french).safeParse(blankWeekOff()))).toEqual([
      ['week', { key: 'errors.required', values: {} }],
    ]);
  });
});

describe('the week hours form model', () => {
  it('round-trips a saved week’s hours', () => {
    const saved = { weekStart: '2026-12-07', hours: 3 };
    const values = toWeekHoursValues(saved, french);
    expect(values).toEqual({ week: '07/12/2026', hours: '3' });
    expect(weekHoursSchema(french).safeParse(values).success).toBe(true);
    expect(weekHoursFrom(values, french, 1)).toEqual(saved);
  });

  it('takes hours within the contract’s range and no further, as main would', () => {
    const { min, max } = WEEK_LIMITS.hours;
    expect(WEEK_LIMITS.hours).toEqual({ min: 0, max: 80 });
    const accepts = (hours: string) =>
      weekHoursSchema(french).safeParse({ week: '07/12/2026', hours }).success;
    expect([String(min), String(max), String(max + 1), '-1', '2.5', ''].map(accepts)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    expect([min - 1, min, max, max + 1].map((hours) => withOverride(hours).success)).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it('names each bad field with its own message', () => {
    expect(issuesOf(weekHoursSchema(french).safeParse({ ...blankWeekHours(), hours: '81' }))).toEqual([
      ['week', { key: 'errors.required', values: {} }],
      ['hours', { key: 'errors.numberRange', values: WEEK_LIMITS.hours }],
    ]);
  });
});
