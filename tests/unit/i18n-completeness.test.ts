import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/en';
import { fr } from '../../renderer/src/i18n/fr';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [inner, text] of leaves(value, path)) out.set(inner, text);
  }
  return out;
}

const english = leaves(en);
const french = leaves(fr);
const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

// Words that are the same in both languages on purpose.
const SAME_IN_BOTH = new Set([
  'app.name',
  'languages.en',
  'languages.fr',
  'nav.budget',
  'nav.export',
  'dates.month',
]);

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
