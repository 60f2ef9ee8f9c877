/** Everything the Skills & domains screens derive from the saved section, computed once. */
import { useMemo } from 'react';
import { resolveDomains } from '../../domain/matching/resolve-domains';
import { skillName } from '../../domain/matching/resolve-domains';
import { rankDomains } from '../../domain/matching/score';
import { usePreferencesStore } from '../../state/preferences-store';
import { useSkillsStore } from '../../state/skills-store';

export function useSkillsView() {
  const section = useSkillsStore((state) => state.section);
  const language = usePreferencesStore((state) => state.language);
  return useMemo(() => {
    const inventory = new Map(section.ratings.map((rating) => [rating.skillId, rating.level]));
    const gatesMet = new Set(section.gatesMet);
    const ranking = rankDomains(resolveDomains(section, language), inventory, gatesMet);
    return {
      section,
      language,
      inventory,
      gatesMet,
      ranking,
      nameOf: (skillId: string) => skillName(skillId, section, language),
      scoreOf: (domainId: string) => ranking.find((score) => score.domain.id === domainId),
    };
  }, [section, language]);
}
