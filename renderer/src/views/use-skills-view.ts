/** Everything the Skills & domains screens derive from the saved section (see skills-view.ts). */
import { usePreferencesStore } from '../state/preferences-store';
import { useSkillsStore } from '../state/skills-store';
import { skillsView, type SkillsView } from '../domain/matching/skills-view';

export function useSkillsView(): SkillsView {
  const section = useSkillsStore((state) => state.section);
  const language = usePreferencesStore((state) => state.language);
  return skillsView(section, language);
}
