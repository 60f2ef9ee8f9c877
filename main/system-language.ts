import type { Language } from '../preload/contract/document';

/** First run suggests French when the OS prefers it, English otherwise. */
export function systemLanguageFrom(preferred: readonly string[]): Language {
  return preferred[0]?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
