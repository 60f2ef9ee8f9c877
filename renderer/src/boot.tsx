/**
 * Runs the app once its code is here: fills the stores from the document (requested as the
 * first frame painted), sets the language, renders the shell and Today in place of the first
 * frame, then prefetches the other sections when idle.
 */
import './zod-config';
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { prefetchSectionsWhenIdle } from './app/sections';
import { initI18n, switchLanguage } from './i18n/i18n';
import { hydrateStores } from './state/hydrate';
import { usePreferencesStore } from './state/preferences-store';
import { LoadFailure } from './app/LoadFailure';
import { Loading } from './app/Loading';
import type { StartedLoads } from './start-loading';
import type { App } from './app/App';
// The screens' styles come with the app's code (the first frame's, base and layout, are in).
import './styles/forms.css';
import './styles/skills.css';
import './styles/path.css';
import './styles/applications.css';
import './styles/budget.css';
import './styles/export.css';
import './styles/about.css';

/**
 * `firstFramePainted`: whether the first frame is on screen. The app's first commit replaces
 * it (React clears its container when a root first mounts), so no empty page shows between.
 * Returns the root, so a caller that outlives the page (a test) can unmount it.
 */
export async function boot(
  started: StartedLoads,
  shell: Promise<{ App: typeof App }>,
  firstFramePainted: boolean,
): Promise<Root> {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  const hydrating = hydrateStores(started).catch((error: unknown) => ({
    ok: false as const,
    // A crash while loading must still end in a message, not a spinner.
    error: { code: 'internal' as const, message: error instanceof Error ? error.message : String(error) },
  }));
  let settled = false;
  void hydrating.then(() => (settled = true));
  // The saved language's strings, known from the first-frame facts; the system's on first run.
  const facts = await started.firstFrame;
  await initI18n(facts.ok && facts.value.onboarded ? facts.value.language : started.systemLanguage);
  // A slow disk: say so in words (unless the first frame is already up); a fast one goes
  // straight to the app (no extra render).
  if (!settled && !firstFramePainted) root.render(<Loading />);
  const hydrated = await hydrating;
  await switchLanguage(usePreferencesStore.getState().language);
  // A chunk missing from a broken install ends in a message too.
  const app = await shell.then(
    ({ App }) => ({ ok: true as const, App }),
    (error: unknown) => ({
      ok: false as const,
      error: { code: 'internal' as const, message: error instanceof Error ? error.message : String(error) },
    }),
  );
  const screen = !hydrated.ok ? (
    <LoadFailure error={hydrated.error} cause="data" />
  ) : !app.ok ? (
    <LoadFailure error={app.error} cause="code" />
  ) : (
    <app.App />
  );
  root.render(<StrictMode>{screen}</StrictMode>);
  if (hydrated.ok && app.ok) prefetchSectionsWhenIdle();
  return root;
}
