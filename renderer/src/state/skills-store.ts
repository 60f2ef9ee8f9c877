/**
 * The skills section in the renderer. Every action builds the next section, sends it to
 * main (which validates the whole document), and only then updates the screen.
 */
import { create } from 'zustand';
import type {
  CustomDomain,
  DomainOverride,
  SkillRating,
  SkillsSection,
} from '../../../preload/contract/skills-section';
import { emptySkillsSection } from '../../../preload/contract/skills-section';
import { CATALOGUE_VERSION } from '../domain/catalogue/catalogue';
import { FORMER_ROLES } from '../domain/catalogue/former-roles';
import { sectionCommitter } from './section-committer';

export const useSkillsStore = create<{ section: SkillsSection }>(() => ({ section: emptySkillsSection() }));

const commit = sectionCommitter('skills', useSkillsStore);

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

/** Adds or replaces one rating (level and evidence together). */
export const saveRating = (rating: SkillRating) =>
  commit((section) => ({
    ...section,
    ratings: [...section.ratings.filter((r) => r.skillId !== rating.skillId), rating],
    suggestions: withoutSuggestion(section, rating.skillId),
  }));

export const setLevel = (skillId: string, level: number) => {
  const existing = useSkillsStore.getState().section.ratings.find((r) => r.skillId === skillId);
  return saveRating({ ...(existing ?? blankRating(skillId, level)), level });
};

export const suggestFromRoles = (roleIds: readonly string[]) =>
  commit((section) => {
    const rated = new Set(section.ratings.map((r) => r.skillId));
    const suggestions = [...section.suggestions];
    for (const role of FORMER_ROLES.filter((r) => roleIds.includes(r.id))) {
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
  });

export const confirmSuggestion = (skillId: string, level: number) => setLevel(skillId, level);

export const dismissSuggestion = (skillId: string) =>
  commit((section) => ({ ...section, suggestions: withoutSuggestion(section, skillId) }));

export const setTargets = (targets: string[]) =>
  commit((section) => ({ ...section, targets: targets.slice(0, 2) }));

export const setGateMet = (key: string, met: boolean) =>
  commit((section) => ({
    ...section,
    gatesMet: met ? [...new Set([...section.gatesMet, key])] : section.gatesMet.filter((k) => k !== key),
  }));

export const setLanguagePairs = (pairs: SkillsSection['languagePairs']) =>
  commit((section) => ({ ...section, languagePairs: pairs }));

export const addCustomSkill = (id: string, name: string) =>
  commit((section) => ({
    ...section,
    customSkills: [...section.customSkills.filter((s) => s.id !== id), { id, name }],
  }));

export const saveCustomDomain = (domain: CustomDomain) =>
  commit((section) => ({
    ...section,
    customDomains: [...section.customDomains.filter((d) => d.id !== domain.id), domain],
  }));

export const deleteCustomDomain = (id: string) =>
  commit((section) => ({
    ...section,
    customDomains: section.customDomains.filter((d) => d.id !== id),
    targets: section.targets.filter((t) => t !== id),
  }));

export const saveOverride = (override: Omit<DomainOverride, 'catalogueVersion'>) =>
  commit((section) => ({
    ...section,
    domainOverrides: [
      ...section.domainOverrides.filter((o) => o.domainId !== override.domainId),
      { ...override, catalogueVersion: CATALOGUE_VERSION },
    ],
  }));

/** Back to the catalogue's own version of a built-in domain. */
export const resetDomain = (domainId: string) =>
  commit((section) => ({
    ...section,
    domainOverrides: section.domainOverrides.filter((o) => o.domainId !== domainId),
  }));

export const applyImport = (change: (section: SkillsSection) => SkillsSection) => commit(change);
