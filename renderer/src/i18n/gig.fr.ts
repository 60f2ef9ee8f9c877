/** Textes français de la rubrique Missions freelance (plateformes, journal, versements, tests) et de la vérification d’arnaque. */
import type { Messages } from './messages';

export const gigFr: Messages['gig'] = {
  title: 'Missions freelance',
  intro:
    'Notez votre travail sur les plateformes de tutorat IA, payé ou non, voyez ce que chacune paie vraiment de l’heure et importez leurs relevés de versements.',
};
