/**
 * Runs the app once its code is here: fills the stores from the document already requested
 * by start-loading.ts, sets the language, renders the shell and Today, then prefetches the
 * other sections when idle.
 */
import './zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { prefetchSectionsWhenIdle } from './app/sections';
import { initI18n, switchLanguage } from './i18n/i18n';
import { hydrateStores } from './state/hydrate';
import { usePreferencesStore } from './state/preferences-store';
import { LoadFailure } from './app/LoadFailure';
import { Loading } from './app/Loading';
import type { StartedLoads } from './start-loading';
import type { App } from './app/App';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/skills.css';
import './styles/path.css';
import './styles/applications.css';
import './styles/budget.css';
import './styles/export.css';
import './styles/about.css';

export async function boot(started: StartedLoads, shell: Promise<{ App: typeof App }>): Promise<void> {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  const hydrating = hydrateStores(started).catch((error: unknown) => ({
    ok: false as const,
    // A crash while loading must still end in a message, not a spinner.
    error: { code: 'internal' as const, message: error instanceof Error ? error.message : String(error) },
  }));
  let settled = false;
  void hydrating.then(() => (settled = true));
  await initI18n(started.systemLanguage);
  // A slow disk: say so in words; a fast one goes straight to the app (no extra render).
  if (!settled) root.render(<Loading />);
  const hydrated = await hydrating;
  await switchLanguage(usePreferencesStore.getState().language);
  // A chunk missing from a broken install ends in a message too.
  const app = await shell.then(
    ({ App }) => ({ ok: true as const, App }),
    (error: unknown) => ({
      ok: false as const,
      error: { code: 'internal' as const, message: String(error) },
    }),
  );
  const screen = !hydrated.ok ? (
    <LoadFailure error={hydrated.error} />
  ) : !app.ok ? (
    <LoadFailure error={app.error} />
  ) : (
    <app.App />
  );
  root.render(<StrictMode>{screen}</StrictMode>);
  if (hydrated.ok && app.ok) prefetchSectionsWhenIdle();
}
