import { describe, expect, it } from 'vitest';
import { issuesOf } from './issues';
import {
  firstLanguagePair,
  languagePairSchema,
} from '../../../renderer/src/features/skills/inventory/language-pair-form-model';

describe('adding a language pair', () => {
  it('starts from French → English and accepts two languages of the catalogue', () => {
    expect(languagePairSchema.safeParse(firstLanguagePair()).success).toBe(true);
    expect(languagePairSchema.safeParse({ from: 'ja', to: 'en' }).success).toBe(true);
  });

  it('refuses the same language twice, on the second choice, and a language the catalogue lacks', () => {
    expect(issuesOf(languagePairSchema.safeParse({ from: 'fr', to: 'fr' }))).toEqual([
      ['to', { key: 'skills.pairs.same', values: {} }],
    ]);
    expect(issuesOf(languagePairSchema.safeParse({ from: 'xx', to: 'en' }))).toEqual([
      ['from', { key: 'errors.required', values: {} }],
    ]);
  });
});
