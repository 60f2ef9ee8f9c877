/**
 * Titles of generated milestones follow the interface language: they are worded from what
 * the milestone is (its kind, skill, domain or gate), not from the text stored when it was
 * generated. A milestone the user wrote or edited keeps the user's own words.
 */
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Milestone } from '../../../../preload/contract/path-section';
import { useSkillsView } from '../skills/use-skills-view';

export function useMilestoneTitles(): (milestone: Milestone) => string {
  // A t that changes only with the language (useTranslation's may change on any render), so
  // the titles function, and the lists and budgets built from it, stay the same between renders.
  const { i18n } = useTranslation();
  const language = i18n.language;
  const t = useMemo(() => i18n.getFixedT(language), [i18n, language]);
  const skills = useSkillsView();
  // Stable while the language and the skills stay the same, so lists built from it are too.
  return useCallback(
    (milestone: Milestone) => {
      if (!milestone.generated) return milestone.title;
      const domain = milestone.domainIds[0] ? skills.scoreOf(milestone.domainIds[0])?.domain : undefined;
      const skillId = milestone.skillIds[0];
      const skill = skillId ? skills.nameOf(skillId) : undefined;
      switch (milestone.kind) {
        case 'learn': {
          const needed = domain
            ? [...domain.required, ...domain.optional].find((r) => r.skillId === skillId)?.level
            : undefined;
          return skill && needed ? t('path.wording.learn', { skill, level: needed }) : milestone.title;
        }
        case 'practise':
          return skill ? t('path.wording.practise', { skill }) : milestone.title;
        case 'credential': {
          const gate = domain?.gates.find((g) => milestone.id === `credential-${domain.id}-${g.id}`);
          return gate ? t('path.wording.credential', { gate: gate.label }) : milestone.title;
        }
        case 'portfolio':
          return domain ? t('path.wording.portfolio', { domain: domain.name }) : milestone.title;
        case 'screening-prep':
          return domain ? t('path.wording.screening', { domain: domain.name }) : milestone.title;
        case 'apply':
          return domain ? t('path.wording.apply', { domain: domain.name }) : milestone.title;
      }
    },
    [t, skills],
  );
}
