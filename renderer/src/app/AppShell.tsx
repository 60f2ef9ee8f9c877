import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigation } from './Navigation';
import { DisplaySettings } from './DisplaySettings';
import { SaveStatus } from './SaveStatus';
import { StorageNotices } from './StorageNotices';

export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="app-shell">
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <aside className="sidebar">
        <div className="sidebar-inner">
          <div className="brand">
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </div>
          <Navigation />
          <div className="sidebar-footer">
            <SaveStatus />
            <DisplaySettings />
          </div>
        </div>
      </aside>
      <main id="main-content" className="content" tabIndex={-1}>
        <StorageNotices />
        {children}
      </main>
    </div>
  );
}
