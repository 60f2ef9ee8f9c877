import { describe, expect, it } from 'vitest';
import { issuesOf } from './issues';
import {
  GIG_LIMITS,
  screeningSchema as savedScreening,
  workEntrySchema as savedEntry,
} from '../../../preload/contract/gig-section';
import { dateLocale } from '../../../renderer/src/domain/dates';
import { blankPlatform, platformSchema } from '../../../renderer/src/features/gig/platform-form-model';
import {
  blankScreening,
  screeningSchema,
  toScreeningFields,
  toScreeningValues,
} from '../../../renderer/src/features/gig/screening-form-model';
import {
  blankWorkEntry,
  toWorkEntryFields,
  toWorkEntryValues,
  workEntrySchema,
  type WorkEntryValues,
} from '../../../renderer/src/features/gig/work-entry-form-model';

const french = { dateLocale: dateLocale('fr', 'FR'), numberLocale: 'fr-FR' };
const english = { dateLocale: dateLocale('en', 'US'), numberLocale: 'en-US' };

describe('the work entry form model', () => {
  const typed: WorkEntryValues = {
    ...blankWorkEntry('mercor', 'USD'),
    project: ' Finance rubric ',
    day: '02/11/2026',
    paidHours: '2',
    paidMinutes: '30',
    onboarding: '45',
    waiting: '15',
    rate: '21,50',
    paidOn: '09/11/2026',
    received: '52,25',
    fees: '1,50',
  };

  it('turns French text into an ISO day, minutes and cents, and back', () => {
    expect(workEntrySchema(french).safeParse(typed).success).toBe(true);
    const fields = toWorkEntryFields(typed, french);
    // 2 h 30 = 150 paid minutes; 21,50 $ = 2150 cents; payout 52,25 received + 1,50 fees.
    expect(fields).toEqual({
      platformId: 'mercor',
      project: 'Finance rubric',
      day: '2026-11-02',
      paidMinutes: 150,
      unpaidMinutes: { onboarding: 45, assessment: 0, waiting: 15 },
      tasks: 0,
      rate: { amountMinor: 2150, unit: 'hour' },
      currency: 'USD',
      paidOn: '2026-11-09',
      payout: { receivedMinor: 5225, feesMinor: 150 },
      note: '',
    });
    expect(savedEntry.safeParse({ id: 'e1', ...fields }).success).toBe(true);
    expect(toWorkEntryValues({ id: 'e1', ...fields }, french)).toEqual({
      ...typed,
      project: 'Finance rubric',
    });
  });

  it('keeps an unpaid entry unpaid: no payout without an amount', () => {
    const values = { ...typed, paidOn: '', received: '', fees: '', unit: 'task' as const, tasks: '12' };
    const fields = toWorkEntryFields(values, english);
    expect(fields).toMatchObject({ paidOn: null, payout: null, tasks: 12, rate: { unit: 'task' } });
  });

  it('names each bad field with its own message and keeps what was typed', () => {
    const bad = { ...typed, day: '31/02/2026', paidMinutes: '75', rate: '', tasks: '-1', paidOn: '' };
    expect(issuesOf(workEntrySchema(french).safeParse(bad))).toEqual([
      ['day', { key: 'errors.dateInvalid', values: {} }],
      ['paidMinutes', { key: 'errors.numberRange', values: { min: 0, max: 59 } }],
      ['tasks', { key: 'errors.numberRange', values: { min: 0, max: GIG_LIMITS.tasksPerEntry } }],
      ['rate', { key: 'errors.required', values: {} }],
      ['paidOn', { key: 'gig.entries.paidOnNeeded', values: {} }],
    ]);
  });

  it('refuses more than 24 hours of paid and unpaid time in a day, as the contract does', () => {
    // 23 h paid + 45 + 15 = 24 h exactly: accepted; one more minute of waiting is not.
    const full = { ...typed, paidHours: '23', paidMinutes: '0', onboarding: '45', waiting: '15' };
    expect(workEntrySchema(french).safeParse(full).success).toBe(true);
    expect(issuesOf(workEntrySchema(french).safeParse({ ...full, waiting: '16' }))).toEqual([
      ['paidHours', { key: 'gig.entries.dayTooLong', values: { hours: 24 } }],
    ]);
    const over = toWorkEntryFields({ ...full, waiting: '16' }, french);
    expect(savedEntry.safeParse({ id: 'e1', ...over }).success).toBe(false);
  });

  it('takes amounts up to the contract’s 1 000 000,00 and no more', () => {
    expect(GIG_LIMITS.amountMinor).toBe(100_000_000);
    const accepts = (rate: string) => workEntrySchema(french).safeParse({ ...typed, rate }).success;
    expect([accepts('1000000,00'), accepts('1000000,01')]).toEqual([true, false]);
  });

  it.each(['project', 'note'] as const)('takes a %s up to the contract’s limit', (field) => {
    const max = GIG_LIMITS[field];
    const schema = workEntrySchema(french);
    expect(schema.safeParse({ ...typed, [field]: 'x'.repeat(max) }).success).toBe(true);
    expect(issuesOf(schema.safeParse({ ...typed, [field]: 'x'.repeat(max + 1) }))).toEqual([
      [field, { key: 'errors.tooLong', values: { max, count: 1 } }],
    ]);
  });
});

describe('the screening form model', () => {
  const typed = {
    ...blankScreening('mercor'),
    format: 'skills-test' as const,
    day: '11/18/2026',
    outcome: 'failed' as const,
    retakeFrom: '02/16/2027',
    unpaidMinutes: '90',
  };

  it('saves a failed screening with its retake day and unpaid minutes, and shows it back', () => {
    const fields = toScreeningFields(typed, english);
    expect(fields).toEqual({
      platformId: 'mercor',
      format: 'skills-test',
      day: '2026-11-18',
      outcome: 'failed',
      retakeFrom: '2027-02-16',
      unpaidMinutes: 90,
      note: '',
    });
    expect(savedScreening.safeParse({ id: 's1', ...fields }).success).toBe(true);
    expect(toScreeningValues({ id: 's1', ...fields }, english)).toEqual(typed);
  });

  it('refuses a retake on or before the screening day and a missing day', () => {
    expect(issuesOf(screeningSchema(english).safeParse({ ...typed, retakeFrom: '11/18/2026' }))).toEqual([
      ['retakeFrom', { key: 'gig.screenings.retakeBefore', values: {} }],
    ]);
    expect(
      issuesOf(screeningSchema(english).safeParse({ ...typed, day: '', unpaidMinutes: '1441' })),
    ).toEqual([
      ['day', { key: 'errors.required', values: {} }],
      ['unpaidMinutes', { key: 'errors.numberRange', values: { min: 0, max: 1440 } }],
    ]);
  });
});

describe('the platform form model', () => {
  const schema = platformSchema((name) => name.trim().toLowerCase() === 'mercor');

  it('starts in dollars and refuses an empty, taken or too long name', () => {
    expect(blankPlatform()).toEqual({ name: '', currency: 'USD' });
    expect(schema.safeParse({ name: 'Outlier', currency: 'USD' }).success).toBe(true);
    expect(issuesOf(schema.safeParse({ name: ' ', currency: 'EUR' }))).toEqual([
      ['name', { key: 'errors.required', values: {} }],
    ]);
    expect(issuesOf(schema.safeParse({ name: ' MERCOR', currency: 'EUR' }))).toEqual([
      ['name', { key: 'gig.platforms.nameTaken', values: {} }],
    ]);
    expect(issuesOf(schema.safeParse({ name: 'x'.repeat(GIG_LIMITS.name + 1), currency: 'EUR' }))).toEqual([
      ['name', { key: 'errors.tooLong', values: { max: GIG_LIMITS.name, count: 1 } }],
    ]);
  });
});
