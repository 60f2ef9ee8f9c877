import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './app/App';
import { initI18n, switchLanguage } from './i18n/i18n';
import { hydrateStores } from './state/hydrate';
import { usePreferencesStore } from './state/preferences-store';
import { useStorageStore } from './state/storage-store';
import { LoadFailure } from './app/LoadFailure';
import { Loading } from './app/Loading';
import { applyTheme, watchSystemTheme } from './app/theme';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';

// The CSP forbids eval; without this zod would probe for it and log a violation.
z.config({ jitless: true });

async function bootstrap(): Promise<void> {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  initI18n(navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en');
  root.render(<Loading />);
  const hydrated = await hydrateStores();
  if (hydrated.ok && hydrated.document.profile.onboardedAt === null) {
    // First run: speak the OS language until the user chooses in onboarding.
    const suggested = useStorageStore.getState().appInfo?.systemLanguage;
    if (suggested) usePreferencesStore.setState({ language: suggested });
  }
  await switchLanguage(usePreferencesStore.getState().language);
  applyTheme(usePreferencesStore.getState().theme);
  watchSystemTheme(() => usePreferencesStore.getState().theme);
  usePreferencesStore.subscribe((state) => applyTheme(state.theme));
  root.render(<StrictMode>{hydrated.ok ? <App /> : <LoadFailure error={hydrated.error} />}</StrictMode>);
}

void bootstrap();
