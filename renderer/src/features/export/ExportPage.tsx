import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionHeading } from '../../components/SectionHeading';
import { ViewTabs } from '../../components/ViewTabs';

const TABS = [
  ['/export', 'summary'],
  ['/export/backup', 'backup'],
] as const;

/** The Export section's frame: heading and views around one view. */
export function ExportPage({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <SectionHeading title={t('nav.export')} />
      <ViewTabs
        label={t('exportScreen.tabs.label')}
        tabs={TABS.map(([href, key]) => ({ href, text: t(`exportScreen.tabs.${key}`) }))}
      />
      {children}
    </>
  );
}
