import { useMemo } from 'react';
import { useSkillsView } from '../../../views/use-skills-view';

/** Domains to pick from: the user's targets first, then the rest by fit. */
export function useDomainOptions(): { id: string; name: string }[] {
  const view = useSkillsView();
  return useMemo(() => {
    const targets = new Set(view.section.targets);
    const all = view.ranking.map((score) => ({ id: score.domain.id, name: score.domain.name }));
    return [...all.filter((d) => targets.has(d.id)), ...all.filter((d) => !targets.has(d.id))];
  }, [view]);
}
