import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionHeading } from '../../components/SectionHeading';
import { ViewTabs } from '../../components/ViewTabs';

const TABS = [
  { path: '/skills', key: 'domains' },
  { path: '/skills/inventory', key: 'inventory' },
] as const;

/** The section's frame: its heading and the two views, domains and the user's skills. */
export function SkillsPage({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <SectionHeading title={t('skills.title')} intro={t('skills.intro')} />
      <ViewTabs
        label={t('skills.tabs.label')}
        tabs={TABS.map((tab) => ({ href: tab.path, text: t(`skills.tabs.${tab.key}`) }))}
      />
      {children}
    </>
  );
}
