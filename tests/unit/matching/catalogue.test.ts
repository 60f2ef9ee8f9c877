import { describe, expect, it } from 'vitest';
import { idSchema } from '../../../preload/contract/skills-section';
import {
  CATALOGUE_DOMAINS,
  catalogueSkills,
  catalogueSkill,
} from '../../../renderer/src/domain/catalogue/catalogue';
import { LANGUAGE_CODES, languageSkillId } from '../../../renderer/src/domain/catalogue/skills';

describe('the built-in catalogue', () => {
  it('covers at least the 17 domains the reference lists, each once', () => {
    const ids = CATALOGUE_DOMAINS.map((domain) => domain.id);
    expect(ids.length).toBeGreaterThanOrEqual(17);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has unique, well-formed skill ids, and a skill for every language offered', () => {
    const ids = catalogueSkills().map((skill) => skill.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(idSchema.safeParse(id).success, id).toBe(true);
    for (const code of LANGUAGE_CODES) expect(catalogueSkill(languageSkillId(code)), code).toBeDefined();
  });

  it.each(CATALOGUE_DOMAINS.map((domain) => [domain.id, domain] as const))(
    '%s: every skill resolves, weights and levels are sane',
    (_id, domain) => {
      expect(domain.required.length).toBeGreaterThanOrEqual(2);
      const all = [...domain.required, ...domain.optional];
      expect(new Set(all.map((r) => r.skillId)).size, 'a skill listed twice').toBe(all.length);
      for (const requirement of all) {
        expect(catalogueSkill(requirement.skillId), requirement.skillId).toBeDefined();
        expect(
          Number.isInteger(requirement.weight) && requirement.weight >= 1 && requirement.weight <= 5,
        ).toBe(true);
        expect(Number.isInteger(requirement.level) && requirement.level >= 1 && requirement.level <= 4).toBe(
          true,
        );
      }
      // The heaviest requirement is a required one: optional skills only add a bonus.
      const heaviestOptional = Math.max(0, ...domain.optional.map((r) => r.weight));
      expect(Math.max(...domain.required.map((r) => r.weight))).toBeGreaterThanOrEqual(heaviestOptional);
    },
  );

  it.each(CATALOGUE_DOMAINS.map((domain) => [domain.id, domain] as const))(
    '%s: texts exist in both languages, figures carry a source and a date',
    (_id, domain) => {
      for (const text of [domain.name, domain.description, ...domain.gates.map((gate) => gate.label)]) {
        expect(text.en.trim()).not.toBe('');
        expect(text.fr.trim()).not.toBe('');
      }
      expect(domain.description.fr).not.toBe(domain.description.en);
      if (domain.pay) {
        expect(domain.pay.source.trim()).not.toBe('');
        expect(domain.pay.reported).toMatch(/^\d{4}(-\d{2})?$/);
        expect(Number.isInteger(domain.pay.minMinor)).toBe(true);
        if (domain.pay.maxMinor !== null)
          expect(domain.pay.maxMinor).toBeGreaterThanOrEqual(domain.pay.minMinor);
      }
      const { fromScratch, withSomeBackground, withStrongBackground } = domain.readyWeeks;
      expect(fromScratch).toBeGreaterThanOrEqual(withSomeBackground);
      expect(withSomeBackground).toBeGreaterThanOrEqual(withStrongBackground);
      expect(withStrongBackground).toBeGreaterThan(0);
      expect(domain.employers.length).toBeGreaterThan(0);
      expect(domain.screening.length).toBeGreaterThan(0);
    },
  );

  it('offers every annotation skill from the reference', () => {
    expect(catalogueSkills().filter((skill) => skill.category === 'annotation')).toHaveLength(12);
  });
});
