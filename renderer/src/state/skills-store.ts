/**
 * The skills section in the renderer. Every action builds the next section, sends it to
 * main (which validates the whole document), and only then updates the screen. The changes
 * themselves are pure functions in domain/skills/skills-changes.
 */
import { create } from 'zustand';
import type {
  CustomDomain,
  DomainOverride,
  SkillRating,
  SkillsSection,
} from '../../../preload/contract/skills-section';
import { emptySkillsSection } from '../../../preload/contract/section-defaults';
import { FORMER_ROLES } from '../domain/catalogue/former-roles';
import * as changes from '../domain/skills/skills-changes';
import { sectionCommitter } from './section-committer';

export { blankRating } from '../domain/skills/skills-changes';

export const useSkillsStore = create<{ section: SkillsSection }>(() => ({ section: emptySkillsSection() }));

const commit = sectionCommitter('skills', useSkillsStore);

export const saveRating = (rating: SkillRating) => commit((section) => changes.saveRating(section, rating));

export const setLevel = (skillId: string, level: number) =>
  commit((section) => changes.setLevel(section, skillId, level));

export const suggestFromRoles = (roleIds: readonly string[]) =>
  commit((section) => changes.suggestFromRoles(section, FORMER_ROLES, roleIds));

export const confirmSuggestion = (skillId: string, level: number) => setLevel(skillId, level);

/** `picked`: the levels the user changed on screen before confirming them all. */
export const confirmAllSuggestions = (picked: ReadonlyMap<string, number>) =>
  commit((section) => changes.confirmSuggestions(section, picked));

export const dismissSuggestion = (skillId: string) =>
  commit((section) => changes.dismissSuggestion(section, skillId));

export const setTargets = (targets: string[]) => commit((section) => changes.setTargets(section, targets));

export const setGateMet = (key: string, met: boolean) =>
  commit((section) => changes.setGateMet(section, key, met));

export const setLanguagePairs = (pairs: SkillsSection['languagePairs']) =>
  commit((section) => ({ ...section, languagePairs: pairs }));

export const addCustomSkill = (id: string, name: string) =>
  commit((section) => changes.addCustomSkill(section, id, name));

export const saveCustomDomain = (domain: CustomDomain) =>
  commit((section) => changes.saveCustomDomain(section, domain));

export const deleteCustomDomain = (id: string) =>
  commit((section) => changes.deleteCustomDomain(section, id));

export const saveOverride = (override: Omit<DomainOverride, 'catalogueVersion'>) =>
  commit((section) => changes.saveOverride(section, override));

export const resetDomain = (domainId: string) => commit((section) => changes.resetDomain(section, domainId));

export const applyImport = (change: (section: SkillsSection) => SkillsSection) => commit(change);
