import { describe, expect, it } from 'vitest';
import { issuesOf } from './issues';
import { CLAIMANT_LIMITS, workSearchActivitySchema } from '../../../preload/contract/claimant-section';
import { dateLocale } from '../../../renderer/src/domain/dates';
import { WORK_SEARCH_PRESETS } from '../../../renderer/src/domain/gig/us-work-search-presets';
import {
  blankWorkSearch,
  textFieldsOf,
  toWorkSearchFields,
  toWorkSearchValues,
  workSearchSchema,
  type WorkSearchValues,
} from '../../../renderer/src/features/duties/work-search-form-model';
import {
  overrideFrom,
  overrideSchema,
  toOverrideValues,
} from '../../../renderer/src/features/duties/override-form-model';

const english = { dateLocale: dateLocale('en', 'US'), numberLocale: 'en-US' };
const french = { dateLocale: dateLocale('fr', 'FR'), numberLocale: 'fr-FR' };

describe('the work-search activity form model', () => {
  const typed: WorkSearchValues = {
    ...blankWorkSearch(),
    day: '11/16/2026',
    kind: 'interview',
    position: ' AI tutor ',
    contactPerson: 'Dana Ruiz',
    result: ' Second round ',
  };

  it('turns what was typed into a valid saved activity and back', () => {
    expect(workSearchSchema(english).safeParse(typed).success).toBe(true);
    const fields = toWorkSearchFields(typed, english);
    expect(fields).toMatchObject({
      day: '2026-11-16',
      kind: 'interview',
      position: 'AI tutor',
      result: 'Second round',
    });
    expect(workSearchActivitySchema.safeParse({ id: 'a', ...fields }).success).toBe(true);
    expect(toWorkSearchValues({ id: 'a', ...fields }, french).day).toBe('16/11/2026');
  });

  it('asks for a real day and holds every text to the contract’s limit', () => {
    const bad = { ...typed, day: '31/02/2026', result: 'x'.repeat(CLAIMANT_LIMITS.result + 1) };
    expect(issuesOf(workSearchSchema(french).safeParse(bad))).toEqual([
      ['day', { key: 'errors.dateInvalid', values: {} }],
      ['result', { key: 'errors.tooLong', values: { max: CLAIMANT_LIMITS.result, count: 1 } }],
    ]);
    expect(issuesOf(workSearchSchema(french).safeParse({ ...typed, day: ' ' }))).toEqual([
      ['day', { key: 'errors.required', values: {} }],
    ]);
  });

  it('shows the state’s text fields in its log’s order (Texas: no employer or phone)', () => {
    expect(textFieldsOf(WORK_SEARCH_PRESETS.TX.logFields).map((f) => f.key)).toEqual([
      'position',
      'contactPerson',
      'contactTitle',
      'address',
      'websiteOrEmail',
      'result',
    ]);
  });
});

describe('the own-figure form model', () => {
  it('saves a figure in the contract’s range, and empty as the rule’s own', () => {
    const schema = overrideSchema('activitiesPerWeek');
    expect(overrideFrom({ value: ' 4 ' }, 'activitiesPerWeek')).toBe(4);
    expect(schema.safeParse({ value: '' }).success).toBe(true);
    expect(overrideFrom({ value: '' }, 'activitiesPerWeek')).toBeNull();
    expect(toOverrideValues(null)).toEqual({ value: '' });
    expect(toOverrideValues(20)).toEqual({ value: '20' });
  });

  it('refuses a figure out of range with the range in the message', () => {
    const { min, max } = CLAIMANT_LIMITS.weeklyActivityHours;
    expect(issuesOf(overrideSchema('weeklyActivityHours').safeParse({ value: String(max + 1) }))).toEqual([
      ['value', { key: 'errors.numberRange', values: { min, max } }],
    ]);
    expect(overrideSchema('activitiesPerWeek').safeParse({ value: '0' }).success).toBe(false);
  });
});
