/** Textes de l'interface en français. Mêmes clés que en.ts (vérifié par le typage). */
import { aboutFr } from './about.fr';
import { shellFr } from './shell.fr';
import { dutiesFr } from './duties.fr';
import { gigFr } from './gig.fr';
import { exportFr } from './export.fr';
import { exportScreenFr } from './export-screen.fr';
import type { Messages } from './messages';
import { applicationsFr } from './applications.fr';
import { budgetFr } from './budget.fr';
import { pathFr } from './path.fr';
import { skillsFr } from './skills.fr';

export const fr: Messages = {
  app: {
    ...shellFr.app,
    loadFailed: 'Passerelle n’a pas pu ouvrir vos données\u202f: {{detail}}',
  },
  nav: shellFr.nav,
  settings: {
    label: 'Réglages d’affichage',
    language: 'Langue',
    theme: 'Thème',
    themeSystem: 'Comme le système',
    themeLight: 'Clair',
    themeDark: 'Sombre',
  },
  languages: { en: 'English', fr: 'Français' },
  save: {
    ...shellFr.save,
    savedAt: 'Enregistré à {{time}}',
    pending: 'Enregistrement…',
    failed: 'Pas encore enregistré',
  },
  storage: {
    recoveryTitle: 'Vos données ont été récupérées',
    reason: {
      missing: 'Votre fichier de données avait disparu.',
      truncated: 'Votre fichier de données était tronqué, sans doute après un plantage ou un disque plein.',
      corrupt: 'Votre fichier de données était endommagé et illisible.',
      'schema-invalid': 'Votre fichier de données n’avait pas la forme attendue par Passerelle.',
      'newer-version': 'Votre fichier de données a été écrit par une version plus récente de Passerelle.',
      'too-deep': 'Votre fichier de données était imbriqué trop profondément pour être lu sans risque.',
      'journal-damaged': 'Certaines de vos dernières modifications n’ont pas pu être relues sur le disque.',
      symlink:
        'Votre fichier de données était un lien vers un autre emplacement\u202f; Passerelle ne suit pas les liens hors de son dossier de données. Une note à côté de la copie indique où il pointait.',
    },
    restored: 'La sauvegarde du {{date}} a été restaurée. Les modifications faites après peuvent manquer.',
    keptUntil:
      'Tout ce que vous avez enregistré jusqu’au {{date}} a été conservé\u202f; les modifications suivantes peuvent manquer.',
    noBackup: 'Aucune sauvegarde utilisable\u202f: Passerelle a démarré à vide.',
    quarantined: 'Le fichier d’origine a été conservé intact ici\u202f:',
    notQuarantined: 'Le fichier d’origine n’a pas pu être copié\u202f: Passerelle n’écrira pas par-dessus.',
    dismiss: 'Fermer',
    writeProblemTitle: 'Passerelle ne peut pas enregistrer pour l’instant',
    writeProblem:
      'Vos modifications sont gardées tant que l’application reste ouverte, et l’enregistrement est retenté à la prochaine modification. Détails\u202f: {{detail}}',
  },
  errors: {
    required: 'Ce champ est obligatoire.',
    dateInvalid: 'Saisissez une date réelle au format {{pattern}}.',
    moneyInvalid: 'Saisissez un montant comme {{example}}, sans symbole monétaire.',
    hoursRange: 'Saisissez un nombre entier d’heures entre 0 et 80.',
    numberRange: 'Saisissez un nombre entier de {{min}} à {{max}}.',
    tooLong_one: '{{count}} caractère de trop\u202f; la limite est de {{max}}.',
    tooLong_other: '{{count}} caractères de trop\u202f; la limite est de {{max}}.',
    'invalid-request': 'Cette modification n’a pas été acceptée\u202f: {{detail}}',
    'untrusted-sender': 'La demande a été refusée par sécurité.',
    'storage-write-failed': 'Votre modification n’a pas pu être écrite sur le disque\u202f: {{detail}}',
    'link-not-allowed': 'Passerelle n’ouvre que les liens vers les sites officiels qu’il connaît.',
    'file-write-failed': 'Le fichier n’a pas pu être enregistré\u202f: {{detail}}',
    'pdf-failed': 'Le PDF n’a pas pu être créé\u202f: {{detail}}',
    'backup-too-large':
      'Ce fichier est trop gros pour être une sauvegarde Passerelle ({{detail}}). Rien n’a été modifié.',
    'backup-not-json':
      'Ce fichier n’est pas une sauvegarde Passerelle\u202f: ce n’est pas du texte JSON lisible. Rien n’a été modifié.',
    'backup-not-a-backup': 'Ce fichier n’est pas une sauvegarde Passerelle. Rien n’a été modifié.',
    'backup-newer-version':
      'Cette sauvegarde vient d’une version plus récente de Passerelle ({{detail}}). Mettez Passerelle à jour, puis restaurez-la. Rien n’a été modifié.',
    'backup-checksum-mismatch':
      'Cette sauvegarde est abîmée\u202f: son contenu ne correspond pas à sa somme de contrôle. Rien n’a été modifié.',
    'backup-invalid-data':
      'Cette sauvegarde contient des données que Passerelle ne peut pas utiliser ({{detail}}). Rien n’a été modifié.',
    'transport-failed':
      'Passerelle n’a pas pu joindre son stockage à l’instant ({{detail}}). Réessayez\u202f; si cela se répète, redémarrez l’application.',
    internal: 'Un problème est survenu\u202f: {{detail}}',
  },
  forms: {
    counter: '{{typed}} / {{max}} caractères',
    counterOver: '{{typed}} / {{max}} caractères, {{over}} de trop',
    announceAt: 'Limite atteinte\u202f: {{max}} caractères.',
    announceOver: 'Limite de {{max}} caractères dépassée\u202f: raccourcissez le texte pour l’enregistrer.',
  },
  dates: { day: 'JJ', month: 'MM', year: 'AAAA', hint: 'Format\u202f: {{pattern}}' },
  profile: {
    title: 'Profil',
    intro:
      'Votre situation. Passerelle s’en sert pour planifier vos semaines et votre budget\u202f; elle ne quitte jamais cet ordinateur.',
    aboutYou: 'Vous',
    whatHappened: 'Ce qui s’est passé',
    yourTime: 'Votre temps',
    name: 'Votre nom (facultatif)',
    country: 'Pays',
    countryHelp: 'Fixe la devise, le format des dates, le format de papier et les règles d’indemnisation.',
    language: 'Langue de l’interface',
    layoffDate: 'Date du licenciement',
    lastPaidDay: 'Dernier jour payé',
    lastPaidWarning:
      'Votre dernier jour payé ({{lastPaid}}) est antérieur à votre date de licenciement ({{layoff}}). C’est inhabituel\u202f: vérifiez qu’il ne s’agit pas d’une faute de frappe.',
    lastPaidConfirm: 'Oui, mon dernier jour payé est antérieur à mon licenciement',
    lastPaidAsk:
      'Pas encore enregistré\u202f: corrigez les dates, ou cochez la case ci-dessus, puis enregistrez à nouveau.',
    previousRole: 'Poste précédent',
    previousRolePlaceholder: 'ex. Tuteur·rice IA généraliste',
    previousEmployer: 'Employeur précédent',
    previousMonthlyPay: 'Salaire mensuel précédent ({{currency}}, brut)',
    hoursPerWeek: 'Heures par semaine pour la formation et la recherche d’emploi',
    hoursHelp: 'Soyez réaliste\u202f: le plan est construit autour de ce nombre.',
    save: 'Enregistrer le profil',
    saved: 'Profil enregistré.',
  },
  onboarding: {
    title: 'Bienvenue dans Passerelle',
    intro:
      'Un planificateur privé pour passer de l’annotation généraliste au tutorat IA spécialisé. Tout reste sur cet ordinateur\u202f: ni compte, ni réseau.',
    stepsLabel: 'Première configuration',
    submit: 'Commencer',
  },
  today: {
    title: shellFr.todayTitle,
    greeting: 'Bonjour {{name}}',
    greetingAnonymous: 'Bonjour',
    daysSinceLayoff_one: '{{count}} jour depuis votre licenciement ({{date}}).',
    daysSinceLayoff_other: '{{count}} jours depuis votre licenciement ({{date}}).',
    layoffAhead_one: 'Votre licenciement prend effet dans {{count}} jour ({{date}}).',
    layoffAhead_other: 'Votre licenciement prend effet dans {{count}} jours ({{date}}).',
    lastPaid: 'Dernier jour payé\u202f: {{date}}.',
    hours_one: 'Vous réservez {{count}} heure par semaine.',
    hours_other: 'Vous réservez {{count}} heures par semaine.',
    nextTitle: 'Et maintenant',
    nextProfile: 'Vérifiez votre profil',
    nextProfileText: 'Votre situation détermine chaque date et chaque montant affichés.',
    nextSkills: 'Évaluez vos compétences et choisissez des domaines cibles',
    nextSkillsText:
      'Voyez quels domaines spécialisés vous correspondent, ce qui manque et ce qui fait obstacle.',
    targets: 'Vos domaines cibles',
    targetLine: '{{name}}\u202f: adéquation {{fit}} / 100',
    nextExport: 'Préparer un résumé pour votre conseiller',
    nextExportText:
      'Votre projet, le suivi de vos candidatures et votre budget sur papier, en PDF ou en Markdown\u202f; et une sauvegarde de tout.',
  },
  notFound: { title: 'Page introuvable', back: 'Aller à Aujourd’hui' },
  skills: skillsFr,
  path: pathFr,
  applications: applicationsFr,
  budget: budgetFr,
  export: exportFr,
  exportScreen: exportScreenFr,
  about: aboutFr,
  gig: gigFr,
  duties: dutiesFr,
};
