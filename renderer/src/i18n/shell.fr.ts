/** The French strings of the first frame; fr.ts takes them from here (see shell.en.ts). */
import type { ShellStrings } from './shell.en';

export const shellFr: ShellStrings = {
  app: {
    name: 'Passerelle',
    tagline: 'D’annotateur·rice généraliste à tuteur·rice IA spécialisé·e',
    loading: 'Ouverture de votre planificateur…',
    skipToContent: 'Aller au contenu',
    startFailed:
      'Passerelle n’a pas pu démarrer\u202f: une partie de l’application manque ou est endommagée. Votre planificateur n’a pas été modifié. Réinstaller Passerelle devrait régler le problème.',
    startFailedDetail: 'Détail technique\u202f:',
  },
  nav: {
    label: 'Rubriques',
    menu: 'Menu',
    currentSection: 'rubrique actuelle\u202f:',
    today: 'Aujourd’hui',
    profile: 'Profil',
    skills: 'Compétences et domaines',
    path: 'Parcours',
    applications: 'Candidatures',
    budget: 'Budget',
    export: 'Export',
    gig: 'Missions freelance',
    duties: 'Obligations de demandeur',
    about: 'À propos et aide',
  },
  save: { saved: 'Modifications enregistrées' },
  todayTitle: 'Aujourd’hui',
};
