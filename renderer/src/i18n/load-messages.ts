/**
 * Each language's strings are their own chunk, fetched the first time that language is
 * needed: start-up downloads only the interface language; switching (or exporting in the
 * other language) fetches the other one then.
 */
import type { Language } from '../../../preload/contract/document';
import type { Messages } from './messages';

export function loadMessages(language: Language): Promise<Messages> {
  return language === 'fr'
    ? import('./fr').then((module) => module.fr)
    : import('./en').then((module) => module.en);
}
