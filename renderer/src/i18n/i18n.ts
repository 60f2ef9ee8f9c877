/**
 * i18next, set up once with no strings; each language's strings are added when first needed
 * (load-messages.ts), so start-up parses one language, not both.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../preload/contract/document';
import { loadMessages } from './load-messages';
import { interpolationOptions, numberInterpolation } from './number-interpolation';

const loaded = new Map<Language, Promise<void>>();

function instance(language: Language): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).use(numberInterpolation).init({
      resources: {},
      // The strings arrive per language (addResourceBundle), never from a backend.
      partialBundledLanguages: true,
      lng: language,
      fallbackLng: false,
      initAsync: false,
      interpolation: interpolationOptions,
      returnNull: false,
    });
  }
  return i18next;
}

/** Resolves once `language`'s strings are in i18next; the same promise for every caller. */
export function languageLoaded(language: Language): Promise<void> {
  const known = loaded.get(language);
  if (known) return known;
  const loading = loadMessages(language).then((messages) => {
    // Added once per language, to an empty bundle: a shallow add, not a deep merge that walks
    // every string (about 6 ms of start-up for the English strings).
    instance(language).addResourceBundle(language, 'translation', messages, false, true);
  });
  // A failed chunk load (a file missing from a broken install) may be retried later.
  loading.catch(() => loaded.delete(language));
  loaded.set(language, loading);
  return loading;
}

/** Whether `language`'s strings are already in i18next (no need to wait for them). */
export function isLanguageLoaded(language: Language): boolean {
  return i18next.isInitialized && i18next.hasResourceBundle(language, 'translation');
}

/** Sets i18next up in `language` once its strings are loaded. */
export async function initI18n(language: Language): Promise<typeof i18next> {
  instance(language);
  await switchLanguage(language);
  return i18next;
}

export async function switchLanguage(language: Language): Promise<void> {
  await languageLoaded(language);
  if (instance(language).language !== language) await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
