/**
 * The derived Skills & domains view (ranking, inventory, lookups), computed once per change
 * of the section or the language however many components ask for it: the Path page alone
 * has four readers. The section is immutable (every change replaces it), so identity is a
 * safe cache key.
 */
import type { Language } from '../../../../preload/contract/document';
import type { SkillsSection } from '../../../../preload/contract/skills-section';
import { resolveDomains, skillName } from './resolve-domains';
import { rankDomains } from './score';

function derive(section: SkillsSection, language: Language) {
  const inventory = new Map(section.ratings.map((rating) => [rating.skillId, rating.level]));
  const gatesMet = new Set(section.gatesMet);
  const ranking = rankDomains(resolveDomains(section, language), inventory, gatesMet);
  const byId = new Map(ranking.map((score) => [score.domain.id, score]));
  return {
    section,
    language,
    inventory,
    gatesMet,
    ranking,
    nameOf: (skillId: string) => skillName(skillId, section, language),
    scoreOf: (domainId: string) => byId.get(domainId),
  };
}

export type SkillsView = ReturnType<typeof derive>;

let last: SkillsView | null = null;

export function skillsView(section: SkillsSection, language: Language): SkillsView {
  if (last?.section !== section || last.language !== language) last = derive(section, language);
  return last;
}
