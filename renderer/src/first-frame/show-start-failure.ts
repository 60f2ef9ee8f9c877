/**
 * The message for an app that cannot start because part of its code did not load (a broken
 * or half-updated install): without it, the first frame would say "Opening your planner…"
 * for ever. Drawn with the DOM, from the first frame's chunk, since React or the app's own
 * chunk may be the part that is missing. Text goes in through textContent only.
 */
import { shellEn } from '../i18n/shell.en';
import { shellFr } from '../i18n/shell.fr';
import type { ShellStrings } from '../i18n/shell.en';
import type { StartedLoads } from '../start-loading';

/** Replaces `container`'s content (the first frame, or the boot message) with the message. */
export function drawStartFailure(container: HTMLElement, strings: ShellStrings, detail: string): void {
  const heading = document.createElement('h1');
  heading.textContent = strings.app.name;
  const alert = document.createElement('p');
  alert.setAttribute('role', 'alert');
  alert.textContent = strings.app.startFailed;
  // The browser's own words, for a bug report; the user's data is never part of them.
  const technical = document.createElement('p');
  technical.className = 'muted-text';
  technical.textContent = `${strings.app.startFailedDetail} ${detail}`;
  const main = document.createElement('main');
  main.className = 'load-failure';
  main.append(heading, alert, technical);
  container.replaceChildren(main);
}

/** In the saved language (the system's on first run), over whatever the page shows. */
export async function showStartFailure(
  started: Pick<StartedLoads, 'firstFrame' | 'systemLanguage'>,
  error: unknown,
): Promise<void> {
  const facts = await started.firstFrame;
  const language = facts.ok && facts.value.onboarded ? facts.value.language : started.systemLanguage;
  document.documentElement.lang = language;
  drawStartFailure(
    document.getElementById('root') as HTMLElement,
    language === 'fr' ? shellFr : shellEn,
    error instanceof Error ? error.message : String(error),
  );
}
