import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { SectionHeading } from '../../components/SectionHeading';
import { ViewTabs } from '../../components/ViewTabs';

const TABS = [
  ['/applications', 'board'],
  ['/applications/table', 'table'],
  ['/applications/stats', 'stats'],
  ['/applications/files', 'files'],
  ['/applications/settings', 'settings'],
] as const;

/** The Applications section's frame: heading, views and the add button around one view. */
export function ApplicationsPage({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <SectionHeading title={t('applications.title')} intro={t('applications.intro')} />
      <div className="page-actions">
        <Link href="/applications/new" className="button primary">
          {t('applications.add')}
        </Link>
      </div>
      <ViewTabs
        label={t('applications.tabs.label')}
        tabs={TABS.map(([href, key]) => ({ href, text: t(`applications.tabs.${key}`) }))}
      />
      {children}
    </>
  );
}
