import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { SectionHeading } from '../../components/SectionHeading';

const TABS = [
  ['/export', 'summary'],
  ['/export/backup', 'backup'],
] as const;

/** The Export section's frame: heading and views around one view. */
export function ExportPage({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [location] = useLocation();
  return (
    <>
      <SectionHeading title={t('nav.export')} />
      <nav aria-label={t('exportScreen.tabs.label')} className="tabs">
        {TABS.map(([href, key]) => (
          <Link key={href} href={href} className="tab" aria-current={location === href ? 'page' : undefined}>
            {t(`exportScreen.tabs.${key}`)}
          </Link>
        ))}
      </nav>
      {children}
    </>
  );
}
