/** Textes français de la rubrique Obligations de demandeur (actualisation et heures d’activité en France, recherche hebdomadaire aux États-Unis) et des rappels d’Aujourd’hui. */
import type { Messages } from './messages';

export const dutiesFr: Messages['duties'] = {
  title: 'Obligations de demandeur',
  intro:
    'Ce que votre organisme d’indemnisation vous demande chaque semaine ou chaque mois, calculé d’après ce que vous avez noté.',
};
