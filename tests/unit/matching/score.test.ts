import { describe, expect, it } from 'vitest';
import { emptySkillsSection, type SkillsSection } from '../../../preload/contract/skills-section';
import { resolveDomains, type ResolvedDomain } from '../../../renderer/src/domain/matching/resolve-domains';
import { rankDomains, ratingsTooUniform, scoreDomain } from '../../../renderer/src/domain/matching/score';
import { NURSE_INVENTORY } from '../../support/inventories';

const section = (changes: Partial<SkillsSection> = {}): SkillsSection => ({
  ...emptySkillsSection(),
  ...changes,
});
const builtIn = (id: string, s: SkillsSection = section()) => {
  const found = resolveDomains(s, 'en').find((domain) => domain.id === id);
  if (!found) throw new Error(`no domain ${id}`);
  return found;
};
const none = new Set<string>();
const nurse = NURSE_INVENTORY;

describe('scoring a domain, by hand', () => {
  it('gives an empty inventory zero, with every skill as a gap, heaviest first', () => {
    const score = scoreDomain(builtIn('medicine'), new Map(), none);
    expect(score.fit).toBe(0);
    expect(score.gaps.map((gap) => gap.skillId)).toEqual([
      'clinical-practice', // 5 × 3 = 15
      'patient-safety', // 4 × 3 = 12
      'medical-terminology', // 3 × 3 = 9
      'evidence-based-medicine', // 3 × 2 = 6, required
      'pharmacology', // 2 × 2 = 4
      'fact-checking', // 2 × 2 = 4
      'rubric-grading', // 1 × 2 = 2
    ]);
  });

  it('scores the nurse for medicine: base 90, bonus 9, fit 99', () => {
    // Required weights 5+3+4+3 = 15; met 5 + 3 + 4 + 3 × ½ = 13.5 → 100 × 13.5 / 15 = 90.
    // Optional weights 2+2+1 = 5; met 2 + 2 + 1 × ½ = 4.5 → 10 × 4.5 / 5 = 9.
    const score = scoreDomain(builtIn('medicine'), nurse, none);
    expect(score.base).toBeCloseTo(90, 10);
    expect(score.bonus).toBeCloseTo(9, 10);
    expect(score.fit).toBe(99);
    expect(score.lines.find((line) => line.skillId === 'evidence-based-medicine')?.points).toBeCloseTo(
      10,
      10,
    );
    expect(score.gaps.map((gap) => [gap.skillId, gap.need, gap.have])).toEqual([
      ['evidence-based-medicine', 2, 1],
      ['rubric-grading', 2, 1],
    ]);
  });

  it('shows the licence gate beside the score without changing it', () => {
    const blocked = scoreDomain(builtIn('medicine'), nurse, none);
    expect(blocked.blockedBy.map((gate) => gate.id)).toEqual(['clinical-licence']);
    const cleared = scoreDomain(builtIn('medicine'), nurse, new Set(['medicine/clinical-licence']));
    expect(cleared.blockedBy).toEqual([]);
    expect(cleared.fit).toBe(blocked.fit);
  });

  it('ranks medicine above software engineering for the nurse (fit 1: half the rubric bonus)', () => {
    const ranking = rankDomains(resolveDomains(section(), 'en'), nurse, none);
    const position = (id: string) => ranking.findIndex((score) => score.domain.id === id);
    expect(position('medicine')).toBe(0);
    expect(ranking.find((score) => score.domain.id === 'software-engineering')?.fit).toBe(1);
    expect(position('medicine')).toBeLessThan(position('software-engineering'));
  });

  it('scores a custom domain the same way: 100 × (2 × ½ + 1 × 1) / 3 = 67', () => {
    const custom: ResolvedDomain = {
      ...builtIn('medicine'),
      id: 'my-domain',
      origin: 'custom',
      required: [
        { skillId: 'a', weight: 2, level: 2 },
        { skillId: 'b', weight: 1, level: 4 },
      ],
      optional: [],
      gates: [],
    };
    const score = scoreDomain(
      custom,
      new Map([
        ['a', 1],
        ['b', 4],
      ]),
      none,
    );
    expect(score.bonus).toBe(0);
    expect(score.fit).toBe(67);
  });

  it('adds optional skills only as a bonus of up to 10, capped at 100 in all', () => {
    const domain: ResolvedDomain = {
      ...builtIn('medicine'),
      required: [{ skillId: 'x', weight: 1, level: 1 }],
      optional: [{ skillId: 'y', weight: 1, level: 2 }],
      gates: [],
    };
    expect(scoreDomain(domain, new Map([['y', 2]]), none).fit).toBe(10);
    expect(
      scoreDomain(
        domain,
        new Map([
          ['x', 1],
          ['y', 1],
        ]),
        none,
      ).fit,
    ).toBe(100);
    // An optional skill below its level never holds the fit back: it is only a bonus.
    expect(
      scoreDomain(
        domain,
        new Map([
          ['x', 1],
          ['y', 1],
        ]),
        none,
      ).missingRequired,
    ).toEqual([]);
  });

  it('holds the fit at 99 when the bonus would make up for a missing required skill', () => {
    // Required weights 5+5+1 = 11, "c" at level 0: 100 × 10 / 11 = 90.9; "y" met: bonus 10.
    // 90.9 + 10 = 100.9 would show 100 beside "Missing: c".
    const domain: ResolvedDomain = {
      ...builtIn('medicine'),
      required: [
        { skillId: 'a', weight: 5, level: 1 },
        { skillId: 'b', weight: 5, level: 1 },
        { skillId: 'c', weight: 1, level: 2 },
      ],
      optional: [{ skillId: 'y', weight: 1, level: 1 }],
      gates: [],
    };
    const held = scoreDomain(
      domain,
      new Map([
        ['a', 1],
        ['b', 1],
        ['y', 1],
      ]),
      none,
    );
    expect(held.base).toBeCloseTo(90.909, 3);
    expect(held.bonus).toBe(10);
    expect(held.fit).toBe(99);
    expect(held.heldBelow100).toBe(true);
    expect(held.missingRequired.map((line) => [line.skillId, line.need, line.have])).toEqual([['c', 2, 0]]);
    // Once "c" reaches its level, nothing holds the fit back.
    const met = scoreDomain(
      domain,
      new Map([
        ['a', 1],
        ['b', 1],
        ['c', 2],
      ]),
      none,
    );
    expect([met.fit, met.heldBelow100, met.missingRequired]).toEqual([100, false, []]);
  });

  it('holds the fit at 99 when rounding alone would reach 100: 100 × 195.5 / 196 = 99.74', () => {
    const required = Array.from({ length: 39 }, (_, i) => ({ skillId: `s${i}`, weight: 5, level: 1 }));
    const domain: ResolvedDomain = {
      ...builtIn('medicine'),
      required: [...required, { skillId: 'half', weight: 1, level: 2 }],
      optional: [],
      gates: [],
    };
    const inventory = new Map([
      ...required.map(({ skillId }) => [skillId, 1] as const),
      ['half', 1] as const,
    ]);
    const score = scoreDomain(domain, inventory, none);
    expect(score.base).toBeCloseTo(99.745, 3);
    expect(score.fit).toBe(99);
    expect(score.missingRequired.map((line) => line.skillId)).toEqual(['half']);
  });

  it('does not hold back a fit of 99 or less that the points give anyway (the nurse’s medicine)', () => {
    const score = scoreDomain(builtIn('medicine'), nurse, none);
    expect(score.fit).toBe(99);
    expect(score.heldBelow100).toBe(false);
    expect(score.missingRequired.map((line) => line.skillId)).toEqual(['evidence-based-medicine']);
  });

  it('uses the user’s edit of a built-in domain', () => {
    const edited = section({
      domainOverrides: [
        {
          domainId: 'law',
          catalogueVersion: '2026.11.1',
          required: [{ skillId: 'legal-research', weight: 1, level: 2 }],
          optional: [],
        },
      ],
    });
    const law = builtIn('law', edited);
    expect(law.origin).toBe('edited');
    expect(scoreDomain(law, new Map([['legal-research', 1]]), none).fit).toBe(50);
  });

  it('makes one language domain per language pair, both languages required at expert level', () => {
    const domains = resolveDomains(section({ languagePairs: [{ from: 'fr', to: 'en' }] }), 'en');
    const pair = domains.find((domain) => domain.id === 'languages-fr-en');
    expect(pair?.name).toBe('Languages and translation (French → English)');
    expect(pair?.required.slice(0, 2)).toEqual([
      { skillId: 'lang-fr', weight: 5, level: 4 },
      { skillId: 'lang-en', weight: 5, level: 4 },
    ]);
    expect(domains.some((domain) => domain.id === 'languages')).toBe(false);
  });
});

describe('the uniform-ratings warning', () => {
  it.each([
    [[3, 3, 3, 3, 3], true],
    [[3, 3, 3, 3, 2], true],
    [[3, 3, 3, 2, 2], false],
    [[4, 4, 4, 4], false],
    [[], false],
  ])('%j → %s', (levels, expected) => {
    expect(ratingsTooUniform(levels)).toBe(expected);
  });
});
