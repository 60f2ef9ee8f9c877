import './zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { prefetchSectionsWhenIdle } from './app/sections';
import { initI18n, switchLanguage } from './i18n/i18n';
import { hydrateStores } from './state/hydrate';
import { usePreferencesStore } from './state/preferences-store';
import { LoadFailure } from './app/LoadFailure';
import { Loading } from './app/Loading';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/skills.css';
import './styles/path.css';
import './styles/applications.css';
import './styles/budget.css';
import './styles/export.css';

async function bootstrap(): Promise<void> {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  // The data and the interface strings load side by side.
  const hydrating = hydrateStores().catch((error: unknown) => ({
    ok: false as const,
    // A missing bridge or a crash while loading must still end in a message, not a spinner.
    error: { code: 'internal' as const, message: error instanceof Error ? error.message : String(error) },
  }));
  await initI18n(navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en');
  root.render(<Loading />);
  const hydrated = await hydrating;
  await switchLanguage(usePreferencesStore.getState().language);
  root.render(<StrictMode>{hydrated.ok ? <App /> : <LoadFailure error={hydrated.error} />}</StrictMode>);
  if (hydrated.ok) prefetchSectionsWhenIdle();
}

void bootstrap();
