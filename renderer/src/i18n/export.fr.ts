/** Textes français du résumé pour le conseiller (sa langue se choisit à part de l'interface). */
import type { Messages } from './messages';

export const exportFr: Messages['export'] = {
  title: 'Plan de transition\u202f: {{name}}',
  noName: 'nom non renseigné',
  fileName: 'passerelle-synthese-{{date}}',
  preparedOn: 'Établi le {{date}} avec Passerelle.',
  hidden: 'montant masqué',
  note: 'Remarques',
  situation: {
    title: 'Situation',
    layoff: 'Licenciement le {{date}}.',
    noLayoff: 'Date de licenciement non renseignée.',
    previous: 'Poste précédent\u202f: {{role}}, chez {{employer}}.',
    hours: 'Temps disponible pour la formation et la recherche\u202f: {{hours}} heures par semaine.',
    constraints: 'Contraintes\u202f: {{text}}',
  },
  targets: {
    title: 'Objectifs',
    none: 'Aucun domaine visé pour l’instant.',
    goal: 'Objectif\u202f: {{domain}} (adéquation {{fit}}/100)',
    noBarrier: 'Aucun diplôme ne fait obstacle.',
    barrier: 'Frein\u202f: {{gate}}\u202f; le plan ci-dessous y travaille.',
    gaps: 'Compétences à développer',
    skill: 'Compétence',
    have: 'Niveau actuel',
    need: 'Niveau requis',
  },
  plan: {
    title: 'Plan d’action',
    hours: 'Activité hebdomadaire\u202f: {{hours}} heures.',
    ready: 'Prêt·e à postuler en {{domain}}\u202f: {{date}}.',
    actions: 'Actions datées',
    action: 'Étape',
    from: 'Du',
    to: 'Au',
    hoursColumn: 'Heures',
    status: 'État',
  },
  log: {
    title: 'Journal de recherche d’emploi',
    caption_one: '{{count}} démarche',
    caption_other: '{{count}} démarches',
    captionSince_one: '{{count}} démarche depuis le {{date}}',
    captionSince_other: '{{count}} démarches depuis le {{date}}',
    date: 'Date',
    organisation: 'Organisation',
    role: 'Poste',
    contact: 'Contact',
    action: 'Démarche',
    outcome: 'Résultat',
  },
  budget: {
    title: 'Budget',
    runwayEnd: 'Le solde passe sous le plancher de sécurité le {{date}}.',
    lasts: 'L’argent tient au-delà des 36 mois projetés.',
    target_one:
      'Objectif, pas un revenu prévu\u202f: un premier salaire d’ici le {{date}}, {{count}} semaine après la date de préparation. Le budget ne le compte pas.',
    target_other:
      'Objectif, pas un revenu prévu\u202f: un premier salaire d’ici le {{date}}, {{count}} semaines après la date de préparation. Le budget ne le compte pas.',
    burn: 'Dépense nette par mois\u202f: {{amount}}.',
    lowest: 'Solde le plus bas projeté\u202f: {{amount}}.',
    benefitsHidden: {
      month: 'Des allocations chômage sont versées chaque mois (montant masqué).',
      week: 'Des allocations chômage sont versées chaque semaine (montant masqué).',
    },
    benefits: {
      month: 'Allocations chômage\u202f: {{amount}} par mois.',
      week: 'Allocations chômage\u202f: {{amount}} par semaine.',
    },
  },
};
