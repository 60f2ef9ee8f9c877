/**
 * The strings the first frame draws (the shell and Today's heading, painted before the app's
 * code arrives). en.ts takes them from here, so the first frame and the app never differ.
 */
import type { Widen } from './messages';

export const shellEn = {
  app: {
    name: 'Passerelle',
    tagline: 'From generalist AI trainer to specialist AI tutor',
    loading: 'Opening your planner…',
    skipToContent: 'Skip to content',
    startFailed:
      'Passerelle could not start: part of the app is missing or damaged. Your planner has not been touched. Reinstalling Passerelle should fix this.',
    startFailedDetail: 'Technical detail:',
  },
  nav: {
    label: 'Sections',
    menu: 'Menu',
    currentSection: 'current section:',
    today: 'Today',
    profile: 'Profile',
    skills: 'Skills & domains',
    path: 'Path',
    applications: 'Applications',
    budget: 'Budget',
    gig: 'Gig work',
    duties: 'Claimant duties',
    export: 'Export',
    about: 'About & help',
  },
  save: { saved: 'All changes saved' },
  todayTitle: 'Today',
};

/** The shell strings' shape: the same keys in every language. */
export type ShellStrings = Widen<typeof shellEn>;
