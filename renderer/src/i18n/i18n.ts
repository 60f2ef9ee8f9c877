/** i18next set up once, synchronously, with both languages bundled (the app is offline). */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../preload/contract/document';
import { en } from './en';
import { fr } from './fr';

export const resources = { en: { translation: en }, fr: { translation: fr } } as const;

export function initI18n(language: Language): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false,
    initAsync: false,
    // React already escapes text; escaping here would show &amp; to users.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export async function switchLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
