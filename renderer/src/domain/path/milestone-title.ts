/**
 * A milestone's title in a given language. Generated milestones are worded from what they
 * are (kind, skill, domain or gate), not from the text stored when they were generated; a
 * milestone the user wrote or edited keeps the user's own words. Plain function: the screens
 * use it in the interface language, the counsellor summary in the export's language.
 */
import type { TFunction } from 'i18next';
import type { Milestone } from '../../../../preload/contract/path-section';
import type { SkillsView } from '../matching/skills-view';

export function milestoneTitle(milestone: Milestone, t: TFunction, skills: SkillsView): string {
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
}
