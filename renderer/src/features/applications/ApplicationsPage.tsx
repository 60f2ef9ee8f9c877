import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { SectionHeading } from '../../components/SectionHeading';

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
  const [location] = useLocation();
  return (
    <>
      <SectionHeading title={t('applications.title')} intro={t('applications.intro')} />
      <div className="page-actions">
        <Link href="/applications/new" className="button primary">
          {t('applications.add')}
        </Link>
      </div>
      <nav aria-label={t('applications.tabs.label')} className="tabs">
        {TABS.map(([href, key]) => (
          <Link key={href} href={href} className="tab" aria-current={location === href ? 'page' : undefined}>
            {t(`applications.tabs.${key}`)}
          </Link>
        ))}
      </nav>
      {children}
    </>
  );
}
