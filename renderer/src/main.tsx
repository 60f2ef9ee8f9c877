import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './app/App';
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

// The CSP forbids eval; without this zod would probe for it and log a violation.
z.config({ jitless: true });

async function bootstrap(): Promise<void> {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  initI18n(navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en');
  root.render(<Loading />);
  const hydrated = await hydrateStores().catch((error: unknown) => ({
    ok: false as const,
    // A missing bridge or a crash while loading must still end in a message, not a spinner.
    error: { code: 'internal' as const, message: error instanceof Error ? error.message : String(error) },
  }));
  await switchLanguage(usePreferencesStore.getState().language);
  root.render(<StrictMode>{hydrated.ok ? <App /> : <LoadFailure error={hydrated.error} />}</StrictMode>);
}

void bootstrap();
