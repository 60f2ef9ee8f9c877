import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/en';
import { fr } from '../../renderer/src/i18n/fr';
import { SAME_IN_BOTH, translationLeaves } from '../support/english-fragments';

const english = translationLeaves(en);
const french = translationLeaves(fr);
const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('the French translation', () => {
  it('has exactly the English keys', () => {
    expect([...french.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('leaves no English text behind', () => {
    const untranslated = [...english].filter(
      ([key, text]) => !SAME_IN_BOTH.has(key) && french.get(key) === text,
    );
    expect(untranslated).toEqual([]);
  });

  it('keeps every placeholder of the English text', () => {
    for (const [key, text] of english)
      expect(placeholders(french.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('puts a space before a colon, as French typography does', () => {
    for (const [key, text] of french) expect(text, key).not.toMatch(/[^\s]:\s/);
  });
});
