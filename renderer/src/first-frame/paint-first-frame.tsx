/**
 * The first frame: the shell and Today's heading, in the saved language and theme, painted
 * from the first-frame facts alone while the document and the rest of the app load. Its chunk
 * is React, this frame and the styles: nothing that grows with the planner's size.
 */
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { applyTheme } from '../app/theme-choice';
import { shellEn } from '../i18n/shell.en';
import { shellFr } from '../i18n/shell.fr';
import type { StartedLoads } from '../start-loading';
import { afterNextPaint } from './after-paint';
import { loadMessages } from '../i18n/load-messages';
import { FirstFrame as FirstFrameView } from './FirstFrame';
import '../styles/base.css';
import '../styles/layout.css';
import '../styles/forms.css';
import '../styles/skills.css';
import '../styles/path.css';
import '../styles/applications.css';
import '../styles/budget.css';
import '../styles/export.css';
import '../styles/about.css';

export interface FirstFrame {
  /** The page's React root: the app renders into it, in place of the frame. */
  root: Root;
  /** False when there was nothing to draw (first run opens onboarding; a failed read ends in
   * the app's message). */
  painted: boolean;
}

/** Resolves once the frame is on screen, or at once when there is nothing to draw yet. */
export async function paintFirstFrame(
  started: Pick<StartedLoads, 'firstFrame' | 'systemLanguage'>,
): Promise<FirstFrame> {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  const facts = await started.firstFrame;
  const onboarded = facts.ok && facts.value.onboarded;
  // The app's strings download beside its code (boot's i18n then finds them here).
  loadMessages(onboarded ? facts.value.language : started.systemLanguage).catch(() => undefined);
  if (!onboarded) return { root, painted: false };
  const { language, theme } = facts.value;
  applyTheme(theme);
  document.documentElement.lang = language;
  // Committed now, not in a later scheduler task, so the paint awaited below includes it.
  flushSync(() =>
    root.render(<FirstFrameView strings={language === 'fr' ? shellFr : shellEn} hash={location.hash} />),
  );
  await afterNextPaint();
  return { root, painted: true };
}
