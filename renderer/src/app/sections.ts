/**
 * The app's sections: one hash route each, in navigation order, and the chunk that holds each
 * section's screens. Today is in the start-up chunk; every other section downloads on its
 * first visit, or earlier, one chunk per idle moment after Today is on screen.
 */
import { sectionChunk, type SectionChunk } from '../components/lazy-section';
import type { SectionId } from './section-list';

export { SECTIONS, type SectionId } from './section-list';

export const SECTION_CHUNKS = {
  profile: sectionChunk(() => import('./routes/profile-routes')),
  skills: sectionChunk(() => import('./routes/skills-routes')),
  path: sectionChunk(() => import('./routes/path-routes')),
  applications: sectionChunk(() => import('./routes/applications-routes')),
  budget: sectionChunk(() => import('./routes/budget-routes')),
  gig: sectionChunk(() => import('./routes/gig-routes')),
  duties: sectionChunk(() => import('./routes/duties-routes')),
  export: sectionChunk(() => import('./routes/export-routes')),
  about: sectionChunk(() => import('./routes/about-routes')),
} as const satisfies Record<Exclude<SectionId, 'today'>, SectionChunk<unknown>>;

/** First run only, so never prefetched. */
export const ONBOARDING_CHUNK = sectionChunk(() => import('./routes/onboarding-routes'));

/** Every chunk, loaded now (tests render the app as it is once prefetched). */
export function loadAllSections(): Promise<unknown[]> {
  return Promise.all([...Object.values(SECTION_CHUNKS), ONBOARDING_CHUNK].map((chunk) => chunk.load()));
}

/**
 * Fetches and evaluates the sections' chunks while the user reads Today, one per idle
 * callback so that no prefetch delays a click; a failure is left for the visit to report.
 */
export function prefetchSectionsWhenIdle(): void {
  const pending: (() => Promise<unknown>)[] = Object.values(SECTION_CHUNKS).map((chunk) => chunk.load);
  const idle = (work: () => void) =>
    'requestIdleCallback' in window
      ? window.requestIdleCallback(work, { timeout: 5000 })
      : setTimeout(work, 200);
  const next = () => {
    const load = pending.shift();
    if (load)
      void load().then(
        () => idle(next),
        () => idle(next),
      );
  };
  idle(next);
}
