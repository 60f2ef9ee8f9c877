/** Milestone titles in the interface language (see milestone-title.ts). */
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Milestone } from '../../../preload/contract/path-section';
import { useSkillsView } from './use-skills-view';
import { milestoneTitle } from '../domain/path/milestone-title';

export function useMilestoneTitles(): (milestone: Milestone) => string {
  // A t that changes only with the language (useTranslation's may change on any render), so
  // the titles function, and the lists and budgets built from it, stay the same between renders.
  const { i18n } = useTranslation();
  const language = i18n.language;
  const t = useMemo(() => i18n.getFixedT(language), [i18n, language]);
  const skills = useSkillsView();
  // Stable while the language and the skills stay the same, so lists built from it are too.
  return useCallback((milestone: Milestone) => milestoneTitle(milestone, t, skills), [t, skills]);
}
