/**
 * The first thing the page runs: asks main for the document and the app's facts, and fetches
 * the strings of the system's language, before the rest of the app (React, the stores, zod's
 * schemas) is even downloaded. Those requests then travel while the app's code loads and
 * evaluates, instead of after it. This module must stay tiny and import nothing heavy: it is
 * the whole of the entry chunk's own code.
 */
import type { Language } from '../../preload/contract/document';
import type { PlannerApi } from '../../preload/contract/channels';
import { fail } from '../../preload/contract/result';
import { loadMessages } from './i18n/load-messages';

export interface StartedLoads {
  document: ReturnType<PlannerApi['loadDocument']>;
  info: ReturnType<PlannerApi['getAppInfo']>;
  /** The language guessed from the system, whose strings are already on their way. */
  systemLanguage: Language;
}

export function startLoading(): StartedLoads {
  const systemLanguage: Language = navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  // Only warms the chunk: i18n.ts imports the same module and gets this very download.
  loadMessages(systemLanguage).catch(() => undefined);
  // A missing bridge must still end in a message, not a spinner.
  const api = (window as Window & { api?: PlannerApi }).api;
  const missing = () =>
    Promise.resolve(fail('internal', 'window.api is missing (no preload or preview bridge)'));
  return {
    document: api ? api.loadDocument() : missing(),
    info: api ? api.getAppInfo() : missing(),
    systemLanguage,
  };
}
