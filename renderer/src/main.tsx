/**
 * The entry. Start-up in three steps, each waiting only for what it needs:
 * 1. start-loading.ts sends the small requests (first-frame facts, app facts) before any of
 *    the app's code is here;
 * 2. the first frame (React, the shell, Today's heading) paints from those facts alone;
 * 3. once it is painted, the document is asked for and boot.tsx (with the shell and Today, one
 *    chunk) fills the stores and renders the app in the same root.
 * A chunk that fails to load (a broken install) still ends in the app's message.
 */
import { startLoading } from './start-loading';

const started = startLoading();
void import('./first-frame/paint-first-frame')
  .then(({ paintFirstFrame }) => paintFirstFrame(started))
  .catch(() => null)
  .then((firstFrame) => {
    void started.document();
    const booting = import('./boot');
    const shell = import('./app/App');
    return booting.then(({ boot }) => boot(started, shell, firstFrame));
  });
