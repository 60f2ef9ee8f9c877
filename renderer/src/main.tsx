/**
 * The entry. Start-up in three steps, each waiting only for what it needs:
 * 1. start-loading.ts sends the small requests (first-frame facts, app facts);
 * 2. the first frame (the shell and Today's heading, drawn with the DOM: React is not needed
 *    yet) paints from those facts alone;
 * 3. once it is painted, the document is asked for and boot.tsx (with React, the shell and
 *    Today) fills the stores and renders the app in place of the frame.
 * A chunk that fails to load (a broken install) ends in a message drawn with the DOM.
 */
import { paintFirstFrame } from './first-frame/paint-first-frame';
import { showStartFailure } from './first-frame/show-start-failure';
import { startLoading } from './start-loading';

const started = startLoading();
void paintFirstFrame(started)
  .catch(() => false)
  .then(async (firstFramePainted) => {
    void started.document();
    // React evaluates in a task of its own, the app's modules in the next: two tasks of about
    // 50 ms each, not one of over 100 ms in which the page could not answer.
    await import('react-dom/client');
    const booting = import('./boot');
    // boot and App share a chunk: if it is missing, `booting` reports it, and this copy of the
    // same failure must not surface as an unhandled rejection.
    const shell = import('./app/App');
    shell.catch(() => undefined);
    return booting.then(({ boot }) => boot(started, shell, firstFramePainted));
  })
  // React or the app's chunk did not load: say so rather than leave the frame up.
  .catch((error: unknown) => showStartFailure(started, error));
