/** Textes français de l’écran Export (le résumé lui-même est rédigé dans export.fr.ts). */
import type { exportScreenEn } from './export-screen.en';

export const exportScreenFr: typeof exportScreenEn = {
  tabs: {
    label: 'Vues de l’export',
    summary: 'Résumé pour le conseiller',
    backup: 'Sauvegarde et restauration',
  },
  intro:
    'Un résumé de votre projet pour un conseiller ou un coach\u202f: votre situation, vos objectifs et les freins, les actions datées, le journal de vos recherches et votre budget. Choisissez ce qui y figure\u202f; l’aperçu montre exactement ce qui sera enregistré.',
  parts: {
    legend: 'À inclure',
    situation: 'Situation et contraintes',
    targets: 'Objectifs, freins et compétences à acquérir',
    plan: 'Plan d’action daté, heures par semaine',
    log: 'Journal de recherche d’emploi',
    budget: 'Budget\u202f: autonomie financière et bilan',
    note: 'Vos remarques',
  },
  language: {
    legend: 'Langue du résumé',
    hint: 'Indépendante de la langue de l’application.',
  },
  logPeriod: {
    label: 'Journal de recherche dans le résumé',
    months1: 'Le dernier mois',
    months3: 'Les 3 derniers mois',
    months12: 'Les 12 derniers mois',
    all: 'Tout le journal',
    hint: 'La même période vaut pour les revenus des missions, les heures d’activité et le journal de recherche. Le journal complet reste disponible en CSV ci-dessous.',
  },
  hideAmounts: 'Masquer les montants exacts (les dates et le bilan restent)',
  constraints: 'Contraintes à signaler',
  constraintsHint: 'Par exemple la garde des enfants, la santé, les transports ou vos horaires possibles.',
  note: 'Remarques pour votre conseiller',
  paper: 'Format du papier\u202f: {{paper}}, celui de votre pays.',
  previewTitle: 'Aperçu',
  previewFrame: 'Aperçu du résumé pour le conseiller',
  files: {
    title: 'Enregistrer le résumé',
    pdf: 'Enregistrer en PDF',
    markdown: 'Enregistrer en Markdown',
    log: 'Enregistrer le journal de recherche (CSV)',
    calendar: 'Enregistrer le plan comme agenda (.ics)',
  },
  outcome: {
    saving: 'Enregistrement…',
    saved: 'Enregistré\u202f: {{path}}',
    cancelled: 'Rien n’a été enregistré\u202f: la fenêtre d’enregistrement a été fermée.',
  },
  backup: {
    title: 'Tout sauvegarder',
    intro:
      'Un seul fichier avec toutes vos données\u202f: profil, compétences, parcours, candidatures, budget et ces réglages. Gardez-le en lieu sûr, par exemple sur une clé USB\u202f; il n’est pas chiffré.',
    save: 'Enregistrer une sauvegarde',
  },
  restore: {
    title: 'Restaurer une sauvegarde',
    intro:
      'La restauration remplace toutes vos données par celles de la sauvegarde. Avant tout changement, Passerelle vérifie le fichier entier, vous montre son contenu et garde une copie de vos données actuelles.',
    choose: 'Choisir un fichier de sauvegarde',
    noFile: 'Aucun fichier choisi',
    tooLarge:
      'Ce fichier fait {{size}} Mo\u202f; une sauvegarde Passerelle fait au plus {{limit}} Mo. Rien n’a été modifié.',
    made: 'Sauvegarde faite le {{date}} avec Passerelle {{version}}.',
    migrated: 'Elle utilise un ancien format de données (version {{version}}) et sera mise à jour.',
    caption: 'Le contenu de la sauvegarde, comparé à vos données actuelles',
    what: 'Données',
    now: 'Actuellement',
    incoming: 'Dans la sauvegarde',
    rows: {
      name: 'Nom',
      domains: 'Domaines visés',
      ratedSkills: 'Compétences évaluées',
      milestones: 'Étapes du parcours',
      applications: 'Candidatures',
      accounts: 'Comptes',
      expenses: 'Dépenses',
    },
    confirm: 'Remplacer mes données par cette sauvegarde',
    cancel: 'Garder mes données',
    done: 'Restauration faite. Vos données d’avant sont gardées dans {{path}}.',
  },
};
