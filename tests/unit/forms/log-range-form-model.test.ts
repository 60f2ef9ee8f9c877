import { describe, expect, it } from 'vitest';
import { issuesOf } from './issues';
import { dateLocale } from '../../../renderer/src/domain/dates';
import {
  blankLogRange,
  logRangeFrom,
  logRangeSchema,
} from '../../../renderer/src/features/applications/files/log-range-form-model';

const french = dateLocale('fr', 'FR');

describe('the job-search log period', () => {
  it('leaves both ends open when empty: the whole log', () => {
    expect(logRangeSchema(french).safeParse(blankLogRange()).success).toBe(true);
    expect(logRangeFrom(blankLogRange(), french)).toEqual({ from: null, to: null });
  });

  it('reads French dates into ISO days', () => {
    const values = { from: '01/09/2026', to: '30/11/2026' };
    expect(logRangeSchema(french).safeParse(values).success).toBe(true);
    expect(logRangeFrom(values, french)).toEqual({ from: '2026-09-01', to: '2026-11-30' });
  });

  it('says which field is wrong: an impossible date, or an end before the start', () => {
    expect(issuesOf(logRangeSchema(french).safeParse({ from: '31/02/2026', to: '' }))).toEqual([
      ['from', { key: 'errors.dateInvalid', values: {} }],
    ]);
    expect(issuesOf(logRangeSchema(french).safeParse({ from: '30/11/2026', to: '01/09/2026' }))).toEqual([
      ['to', { key: 'applications.files.rangeBackwards', values: {} }],
    ]);
  });
});
