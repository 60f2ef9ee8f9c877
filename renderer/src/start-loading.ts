/**
 * The first thing the page runs, before React or any of the app's code is even downloaded:
 * asks main for the first frame's facts (language, theme, onboarded: a few dozen bytes) and
 * the app's facts. The document itself is asked for once the first frame is on screen: for a
 * large planner its answer is megabytes, and parsing it before that frame would delay the
 * frame by as much, while the app's code still has to load anyway. This module must stay
 * tiny and import nothing at run time: it is part of the first frame's chunk.
 */
import type { Language } from '../../preload/contract/document';
import type { PlannerApi } from '../../preload/contract/channels';
import type { Result } from '../../preload/contract/result';

export interface StartedLoads {
  firstFrame: ReturnType<PlannerApi['loadFirstFrame']>;
  info: ReturnType<PlannerApi['getAppInfo']>;
  /** Sends document:load on the first call; the same answer after. */
  document: () => ReturnType<PlannerApi['loadDocument']>;
  /** The language the system suggests (first run, before the user chooses). */
  systemLanguage: Language;
}

export function startLoading(): StartedLoads {
  const systemLanguage: Language = navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  // A missing bridge must still end in a message, not a spinner.
  const api = (window as Window & { api?: PlannerApi }).api;
  // Written out, not imported: the first frame's chunk must not pull in the app's modules.
  const missing = (): Promise<Result<never>> =>
    Promise.resolve({
      ok: false,
      error: { code: 'internal', message: 'window.api is missing (no preload or preview bridge)' },
    });
  let document: ReturnType<PlannerApi['loadDocument']> | null = null;
  const firstFrame = api ? api.loadFirstFrame() : missing();
  return {
    firstFrame,
    info: api ? api.getAppInfo() : missing(),
    document: () => (document ??= api ? api.loadDocument() : missing()),
    systemLanguage,
  };
}
