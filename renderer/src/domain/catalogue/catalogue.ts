/**
 * The built-in catalogue: specialist AI-tutor domains and the skills they ask for.
 * Versioned: users' edits record the version they started from, and survive updates.
 * Facts and figures: shared/reference/tutor-domains.md (each with its source and date).
 */
import { PROFESSION_DOMAINS } from './domains-professions';
import { SCIENCE_DOMAINS } from './domains-sciences';
import { catalogueSkills } from './skills';
import type { CatalogueDomain, CatalogueSkill } from './types';

export const CATALOGUE_VERSION = '2026.11.1';

/** The domain that is instantiated once per language pair the user picks. */
export const LANGUAGE_DOMAIN_ID = 'languages';

export const CATALOGUE_DOMAINS: readonly CatalogueDomain[] = [...PROFESSION_DOMAINS, ...SCIENCE_DOMAINS];

let skillsById: ReadonlyMap<string, CatalogueSkill> | null = null;

export function catalogueSkill(id: string): CatalogueSkill | undefined {
  skillsById ??= new Map(catalogueSkills().map((skill) => [skill.id, skill]));
  return skillsById.get(id);
}
export { catalogueSkills };
