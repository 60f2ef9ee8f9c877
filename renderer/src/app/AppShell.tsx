import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useMenuDisclosure } from '../components/use-menu-disclosure';
import { currentSection, Navigation } from './Navigation';
import { DisplaySettings } from './DisplaySettings';
import { SaveStatus } from './SaveStatus';
import { StorageNotices } from '../components/StorageNotices';
import { ScreenErrorBoundary } from '../components/ScreenErrorBoundary';

const MENU_ID = 'app-menu';
const MENU_BUTTON_ID = 'app-menu-button';

/**
 * A sidebar beside the section in a wide window. Under about 1,000 px (layout.css) it becomes a
 * bar: the name, the save status, and a menu button that shows the navigation and the display
 * settings; the button names the current section, so it is still announced while collapsed.
 */
export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [location] = useLocation();
  const menu = useMenuDisclosure(MENU_BUTTON_ID, location);
  const current = currentSection(location);
  const onNavigate = (toSamePage: boolean) => {
    menu.close();
    // A new section focuses its own heading; staying put would leave focus on a hidden link.
    if (toSamePage) document.querySelector<HTMLElement>('#main-content h1')?.focus();
  };
  return (
    <div className="app-shell">
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <aside className="sidebar">
        {/* Escape anywhere in the open menu closes it (a key handler, not an interaction). */}
        {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
        <div className="sidebar-inner" onKeyDown={menu.onKeyDown}>
          <div className="brand">
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </div>
          <SaveStatus />
          <button
            id={MENU_BUTTON_ID}
            type="button"
            className="menu-button"
            aria-expanded={menu.open}
            aria-controls={MENU_ID}
            onClick={menu.toggle}
          >
            <span className="menu-icon" aria-hidden="true" />
            <span>{t('nav.menu')}</span>{' '}
            {current ? (
              <span className="menu-current">
                <span className="visually-hidden">{t('nav.currentSection')}</span> {t(`nav.${current}`)}
              </span>
            ) : null}
          </button>
          <div id={MENU_ID} className="sidebar-menu" data-open={menu.open}>
            <Navigation onNavigate={onNavigate} />
            <DisplaySettings />
          </div>
        </div>
      </aside>
      <main id="main-content" className="content" tabIndex={-1}>
        <StorageNotices />
        <ScreenErrorBoundary where={current ?? 'unknown'} resetKey={location}>
          {children}
        </ScreenErrorBoundary>
      </main>
    </div>
  );
}
