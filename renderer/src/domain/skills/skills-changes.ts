/**
 * Changes to the skills section as pure functions, (section, change) → section; the store
 * queues them and sends the result to main. A rated skill is never suggested again, and a
 * suggestion only ever rises to the highest level any chosen former role gives it.
 */
import type {
  CustomDomain,
  DomainOverride,
  SkillRating,
  SkillsSection,
} from '../../../../preload/contract/skills-section';
import { CATALOGUE_VERSION } from '../catalogue/catalogue';
import type { FormerRole } from '../catalogue/former-roles';

export const blankRating = (skillId: string, level: number): SkillRating => ({
  skillId,
  level,
  years: null,
  certificate: '',
  certificateDate: null,
  portfolioUrl: '',
  note: '',
});

const withoutSuggestion = (section: SkillsSection, skillId: string) =>
  section.suggestions.filter((suggestion) => suggestion.skillId !== skillId);

/** Adds or replaces one rating (level and evidence together); its suggestion goes. */
export const saveRating = (section: SkillsSection, rating: SkillRating): SkillsSection => ({
  ...section,
  ratings: [...section.ratings.filter((r) => r.skillId !== rating.skillId), rating],
  suggestions: withoutSuggestion(section, rating.skillId),
});

/** A new level keeps the evidence already written for the skill. */
export const setLevel = (section: SkillsSection, skillId: string, level: number): SkillsSection => {
  const existing = section.ratings.find((r) => r.skillId === skillId);
  return saveRating(section, { ...(existing ?? blankRating(skillId, level)), level });
};

/** Suggests the skills of the chosen former roles the user has not rated yet. */
export const suggestFromRoles = (
  section: SkillsSection,
  roles: readonly FormerRole[],
  roleIds: readonly string[],
): SkillsSection => {
  const rated = new Set(section.ratings.map((r) => r.skillId));
  const suggestions = [...section.suggestions];
  for (const role of roles.filter((r) => roleIds.includes(r.id))) {
    for (const [skillId, level] of Object.entries(role.skills)) {
      if (rated.has(skillId)) continue;
      const index = suggestions.findIndex((s) => s.skillId === skillId);
      const known = suggestions[index];
      if (!known) suggestions.push({ skillId, level, source: role.id });
      // Copy, never mutate: the previous section is still the store's state until saved.
      else if (known.level < level) suggestions[index] = { ...known, level };
    }
  }
  return { ...section, suggestions };
};

/**
 * Every suggestion confirmed in one change (one save, one store update): each at the level
 * the user picked for it on screen, else at its suggested level; evidence already written
 * for a skill is kept, as a single confirmation keeps it.
 */
export const confirmSuggestions = (
  section: SkillsSection,
  picked: ReadonlyMap<string, number> = new Map(),
): SkillsSection =>
  section.suggestions.reduce(
    (next, suggestion) =>
      setLevel(next, suggestion.skillId, picked.get(suggestion.skillId) ?? suggestion.level),
    section,
  );

export const dismissSuggestion = (section: SkillsSection, skillId: string): SkillsSection => ({
  ...section,
  suggestions: withoutSuggestion(section, skillId),
});

/** One or two targets: Path and Today plan for at most two. */
export const setTargets = (section: SkillsSection, targets: readonly string[]): SkillsSection => ({
  ...section,
  targets: targets.slice(0, 2),
});

export const setGateMet = (section: SkillsSection, key: string, met: boolean): SkillsSection => ({
  ...section,
  gatesMet: met ? [...new Set([...section.gatesMet, key])] : section.gatesMet.filter((k) => k !== key),
});

export const addCustomSkill = (section: SkillsSection, id: string, name: string): SkillsSection => ({
  ...section,
  customSkills: [...section.customSkills.filter((s) => s.id !== id), { id, name }],
});

export const saveCustomDomain = (section: SkillsSection, domain: CustomDomain): SkillsSection => ({
  ...section,
  customDomains: [...section.customDomains.filter((d) => d.id !== domain.id), domain],
});

/** A deleted domain stops being a target too. */
export const deleteCustomDomain = (section: SkillsSection, id: string): SkillsSection => ({
  ...section,
  customDomains: section.customDomains.filter((d) => d.id !== id),
  targets: section.targets.filter((t) => t !== id),
});

/** The user's version of a built-in domain, stamped with the catalogue it was edited from. */
export const saveOverride = (
  section: SkillsSection,
  override: Omit<DomainOverride, 'catalogueVersion'>,
): SkillsSection => ({
  ...section,
  domainOverrides: [
    ...section.domainOverrides.filter((o) => o.domainId !== override.domainId),
    { ...override, catalogueVersion: CATALOGUE_VERSION },
  ],
});

/** Back to the catalogue's own version of a built-in domain. */
export const resetDomain = (section: SkillsSection, domainId: string): SkillsSection => ({
  ...section,
  domainOverrides: section.domainOverrides.filter((o) => o.domainId !== domainId),
});
