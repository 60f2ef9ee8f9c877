/**
 * Every French text as a French reader expects it: a narrow no-break space (U+202F) before
 * : ; ? ! and %, and inside « », counts through i18next's plural rules (in French 0 and 1 are both
 * "one", so a `_one` text must show {{count}}, never "Une" or "1").
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE_DOMAINS, catalogueSkills } from '../../renderer/src/domain/catalogue/catalogue';
import { FORMER_ROLES } from '../../renderer/src/domain/catalogue/former-roles';
import { en } from '../../renderer/src/i18n/en';
import { fr } from '../../renderer/src/i18n/fr';
import { translationLeaves } from '../support/english-fragments';

const NARROW = '\u202f';

/** The French side of every bilingual catalogue text ({ en, fr } objects, at any depth). */
function catalogueFrench(value: unknown, path: string, out: Map<string, string>): Map<string, string> {
  if (Array.isArray(value)) value.forEach((item, i) => catalogueFrench(item, `${path}[${i}]`, out));
  else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.en === 'string' && typeof record.fr === 'string') out.set(path, record.fr);
    else for (const [key, inner] of Object.entries(record)) catalogueFrench(inner, `${path}.${key}`, out);
  }
  return out;
}

const interfaceFrench = translationLeaves(fr);
const frenchTexts = new Map([
  ...interfaceFrench,
  ...catalogueFrench(CATALOGUE_DOMAINS, 'catalogue.domains', new Map()),
  ...catalogueFrench(catalogueSkills(), 'catalogue.skills', new Map()),
  ...catalogueFrench(FORMER_ROLES, 'catalogue.roles', new Map()),
]);

/**
 * The few places where : ; ? ! are not punctuation, removed before checking: placeholders
 * and nesting ({{count}}, $t(key, {"count": …})), web addresses (https://), clock times
 * (10:00).
 */
const NOT_PUNCTUATION = [/{{[^}]*}}/g, /\$t\([^)]*\)/g, /\bhttps?:\/\/\S*/g, /\d:\d\d/g];

function punctuationProblems(text: string): string[] {
  const prose = NOT_PUNCTUATION.reduce((rest, pattern) => rest.replace(pattern, '#'), text);
  const problems: string[] = [];
  for (const match of prose.matchAll(/(.?)([:;?!])/g)) {
    const [, before, mark] = match;
    if (before === NARROW) continue;
    if (before === ' ' || before === '\u00a0') problems.push(`a wide space before "${mark}"`);
    else if (before !== '') problems.push(`no space before "${mark}"`);
  }
  if (/«(?!\u202f)/.test(prose) || /(?<!\u202f)»/.test(prose)) problems.push('« » without U+202F inside');
  // "50 %": the number and its sign stay together, as Intl writes French percentages.
  if (/[\d#] %/.test(prose)) problems.push('a wide space before "%"');
  return problems;
}

describe('French typography', () => {
  it('finds what it is looking for', () => {
    expect(punctuationProblems('Format : JJ/MM')).toEqual(['a wide space before ":"']);
    expect(punctuationProblems('Format\u00a0: JJ')).toEqual(['a wide space before ":"']);
    expect(punctuationProblems('Vraiment?')).toEqual(['no space before "?"']);
    expect(punctuationProblems('« Sans réponse »')).toEqual(['« » without U+202F inside']);
    expect(punctuationProblems('probable à {{likelihood}} %')).toEqual(['a wide space before "%"']);
    expect(punctuationProblems('Probabilité (%), 40,4\u202f%')).toEqual([]);
    expect(punctuationProblems('Format\u202f: https://exemple.fr à 10:30 ({{count}}\u202f?)')).toEqual([]);
  });

  it('puts a narrow no-break space before : ; ? ! and inside « » in every French text', () => {
    const wrong = [...frenchTexts]
      .map(([key, text]) => [key, punctuationProblems(text)] as const)
      .filter(([, problems]) => problems.length > 0)
      .map(([key, problems]) => `${key}: ${problems.join(', ')}`);
    expect(wrong).toEqual([]);
  });
});

describe('French plurals', () => {
  const english = translationLeaves(en);
  const oneKeys = [...interfaceFrench.keys()].filter((key) => key.endsWith('_one'));

  it('has plural forms to check', () => {
    expect(oneKeys.length).toBeGreaterThan(5);
  });

  it('shows the count in every singular form, since French says "0 candidature"', () => {
    const missing = oneKeys.filter(
      (key) =>
        english.get(key.replace(/_one$/, '_other'))?.includes('{{count}}') &&
        !interfaceFrench.get(key)?.includes('{{count}}'),
    );
    expect(missing).toEqual([]);
  });

  it('never starts a singular form with "Un" or "Une" in place of the number', () => {
    const spelled = oneKeys.filter((key) => /^(Une?)\s/.test(interfaceFrench.get(key) ?? ''));
    expect(spelled).toEqual([]);
  });
});
