/** Textes français de la rubrique À propos et aide, et de l’écran d’erreur. */
import type { Messages } from './messages';

export const aboutFr: Messages['about'] = {
  title: 'À propos et aide',
  intro:
    'Passerelle garde tout sur cet ordinateur. En cas de problème, les informations ci-dessous aident la personne à qui vous demandez de l’aide\u202f; elles ne contiennent aucune donnée personnelle.',
  facts: 'Cette copie de Passerelle',
  version: 'Version',
  runtime: 'Fonctionne dans',
  runtimes: { electron: 'l’application de bureau', 'browser-preview': 'l’aperçu dans le navigateur' },
  platform: 'Système',
  schemaVersion: 'Version des données',
  dataFolder: 'Votre dossier de données',
  logFolder: 'Dossier du journal de diagnostic',
  logExplained:
    'Le journal de diagnostic note les démarrages et les erreurs internes\u202f: des noms d’évènements et des messages d’erreur, jamais vos noms, vos notes ni vos montants.',
  diagnostics: 'Diagnostic à copier',
  line: '{{label}}\u202f: {{value}}',
  copy: 'Copier le diagnostic',
  copied: 'Copié. Collez-le dans votre message.',
  copyFailed: 'La copie a été refusée ici\u202f: le texte est sélectionné, appuyez sur Ctrl+C (⌘C sur Mac).',
  unavailable: 'Les informations n’ont pas pu être lues\u202f: {{detail}}',
  crash: {
    title: 'Cet écran a rencontré un problème',
    body: 'Vos données sont en sécurité\u202f: chaque modification enregistrée est sur le disque, et cette erreur n’a rien fait perdre. Rechargez pour continuer\u202f; si cela se reproduit, copiez le diagnostic depuis À propos et aide.',
    reload: 'Recharger Passerelle',
    detail: 'Ce qui s’est passé\u202f: {{message}}',
  },
};
