import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { SectionHeading } from '../../components/SectionHeading';

const TABS = [
  { path: '/skills', key: 'domains' },
  { path: '/skills/inventory', key: 'inventory' },
] as const;

/** The section's frame: its heading and the two views, domains and the user's skills. */
export function SkillsPage({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [location] = useLocation();
  return (
    <>
      <SectionHeading title={t('skills.title')} intro={t('skills.intro')} />
      <nav aria-label={t('skills.tabs.label')} className="tabs">
        {TABS.map((tab) => (
          <Link
            key={tab.path}
            href={tab.path}
            className="tab"
            aria-current={location === tab.path ? 'page' : undefined}
          >
            {t(`skills.tabs.${tab.key}`)}
          </Link>
        ))}
      </nav>
      {children}
    </>
  );
}
