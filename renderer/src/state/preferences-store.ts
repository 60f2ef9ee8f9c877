import { create } from 'zustand';
import type { Language, Preferences, ThemeChoice } from '../../../preload/contract/document';
import { switchLanguage } from '../i18n/i18n';
import { persistSection } from './persist';

export const usePreferencesStore = create<Preferences>(() => ({ language: 'en', theme: 'system' }));

async function update(change: Partial<Preferences>): Promise<void> {
  const next = { ...usePreferencesStore.getState(), ...change };
  usePreferencesStore.setState(next);
  await persistSection({ section: 'preferences', value: next });
}

/** Takes effect at once; the choice is saved for the next start. */
export async function setLanguage(language: Language): Promise<void> {
  await switchLanguage(language);
  await update({ language });
}

export async function setTheme(theme: ThemeChoice): Promise<void> {
  await update({ theme });
}
