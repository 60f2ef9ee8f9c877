/**
 * The first frame: the shell and Today's heading, in the saved language and theme, painted
 * from the first-frame facts alone while the document and the app's code load. Its chunk is
 * this frame, the shell's strings and its styles: nothing that grows with the planner's size,
 * and not React.
 */
import { applyTheme } from '../app/theme-choice';
import { loadMessages } from '../i18n/load-messages';
import { shellEn } from '../i18n/shell.en';
import { shellFr } from '../i18n/shell.fr';
import type { StartedLoads } from '../start-loading';
import { afterNextPaint } from './after-paint';
import { drawFirstFrame } from './draw-first-frame';
import '../styles/base.css';
import '../styles/layout.css';

/**
 * Resolves with true once the frame is on screen, or with false at once when there is nothing
 * to draw yet (first run opens onboarding; a failed read ends in the app's message).
 */
export async function paintFirstFrame(
  started: Pick<StartedLoads, 'firstFrame' | 'systemLanguage'>,
): Promise<boolean> {
  const facts = await started.firstFrame;
  const onboarded = facts.ok && facts.value.onboarded;
  // The app's strings download beside its code (boot's i18n then finds them here).
  loadMessages(onboarded ? facts.value.language : started.systemLanguage).catch(() => undefined);
  if (!onboarded) return false;
  const { language, theme } = facts.value;
  applyTheme(theme);
  document.documentElement.lang = language;
  drawFirstFrame(
    document.getElementById('root') as HTMLElement,
    language === 'fr' ? shellFr : shellEn,
    location.hash,
  );
  await afterNextPaint();
  return true;
}
