import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogueSkills } from '../../../domain/catalogue/catalogue';
import type { SkillCategory } from '../../../domain/catalogue/types';
import { useSkillsView } from '../../../views/use-skills-view';
import { LanguagePairs } from './LanguagePairs';
import { OwnSkillForm } from './OwnSkillForm';
import { QuickStart } from './QuickStart';
import { ResumeImport } from './ResumeImport';
import { SkillRow } from './SkillRow';
import { Suggestions } from './Suggestions';

const GROUPS: (SkillCategory | 'own')[] = ['annotation', 'domain', 'language', 'own'];
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** The user's skills: quick start, suggestions to confirm, then every skill by group. */
export function SkillInventory() {
  const { t } = useTranslation();
  const view = useSkillsView();
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const ratings = new Map(view.section.ratings.map((rating) => [rating.skillId, rating]));
  const skills = [
    ...catalogueSkills().map((skill) => ({
      id: skill.id,
      group: skill.category,
      name: skill.name[view.language],
    })),
    ...view.section.customSkills.map((skill) => ({ id: skill.id, group: 'own' as const, name: skill.name })),
  ].filter((skill) => fold(skill.name).includes(fold(filter.trim())));

  return (
    <>
      <QuickStart language={view.language} />
      <Suggestions section={view.section} nameOf={view.nameOf} />
      <ResumeImport />
      <LanguagePairs pairs={view.section.languagePairs} language={view.language} />
      <section aria-labelledby="inventory-title">
        <h2 id="inventory-title">{t('skills.tabs.inventory')}</h2>
        <p role="status">
          {t('skills.rated', { count: view.section.ratings.filter((r) => r.level > 0).length })}
        </p>
        <div className="field compact">
          <label htmlFor={filterId}>{t('skills.filter')}</label>
          <input id={filterId} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
        </div>
        {GROUPS.map((group) => {
          const members = skills.filter((skill) => skill.group === group);
          if (members.length === 0) return null;
          return (
            <section key={group} aria-labelledby={`group-${group}`}>
              <h3 id={`group-${group}`}>{t(`skills.categories.${group}`)}</h3>
              <ul className="skill-list">
                {members.map((skill) => (
                  <SkillRow
                    key={skill.id}
                    skillId={skill.id}
                    name={skill.name}
                    rating={ratings.get(skill.id)}
                  />
                ))}
              </ul>
            </section>
          );
        })}
      </section>
      <OwnSkillForm existingIds={new Set(view.section.customSkills.map((skill) => skill.id))} />
    </>
  );
}
