import type { ShellStrings } from '../i18n/shell.en';
import { SECTIONS } from '../app/section-list';

/** The section a hash route belongs to ("" and "#/" are Today), as the navigation marks it. */
export function sectionOfHash(hash: string): (typeof SECTIONS)[number] | null {
  const path = hash.replace(/^#/, '') || '/';
  return (
    SECTIONS.find(
      (section) => path === section.path || (section.path !== '/' && path.startsWith(`${section.path}/`)),
    ) ?? null
  );
}

/**
 * The first frame: the app's frame as it will look in a moment (the sidebar, or the narrow
 * window's bar, and on Today its heading), drawn with AppShell's classes so nothing moves when
 * the app replaces it. A picture, not the app: `inert` keeps focus and clicks out of it, and
 * screen readers hear "Opening your planner…" and then the real screen, not a frame that is
 * about to vanish.
 */
export function FirstFrame({ strings, hash }: { strings: ShellStrings; hash: string }) {
  const current = sectionOfHash(hash);
  return (
    <>
      {/* What screen readers hear meanwhile, as they did before the first frame existed. */}
      <p className="visually-hidden" role="status">
        {strings.app.loading}
      </p>
      <ShellPicture strings={strings} current={current} />
    </>
  );
}

function ShellPicture({
  strings,
  current,
}: {
  strings: ShellStrings;
  current: ReturnType<typeof sectionOfHash>;
}) {
  return (
    <div className="app-shell first-frame" aria-hidden="true" inert>
      <aside className="sidebar">
        <div className="sidebar-inner">
          <div className="brand">
            <span className="brand-name">{strings.app.name}</span>
            <span className="brand-tagline">{strings.app.tagline}</span>
          </div>
          {/* As the app shows it before any change: the narrow window's bar keeps its layout. */}
          <p className="save-status">{strings.save.saved}</p>
          <span className="menu-button">
            <span className="menu-icon" />
            <span>{strings.nav.menu}</span>
            {current ? <span className="menu-current">{strings.nav[current.id]}</span> : null}
          </span>
          <div className="sidebar-menu" data-open="false">
            <nav>
              <ul className="nav-list">
                {SECTIONS.map((section) => (
                  <li key={section.id}>
                    <span className="nav-link" aria-current={section === current ? 'page' : undefined}>
                      {strings.nav[section.id]}
                    </span>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </div>
      </aside>
      <main className="content">
        {current?.id === 'today' ? (
          <header className="section-heading">
            <h1>{strings.todayTitle}</h1>
          </header>
        ) : null}
        <p className="muted-text">{strings.app.loading}</p>
      </main>
    </div>
  );
}
