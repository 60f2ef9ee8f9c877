/** English interface texts. fr.ts must have exactly these keys (the type-check enforces it). */
import { aboutEn } from './about.en';
import { shellEn } from './shell.en';
import { dutiesEn } from './duties.en';
import { gigEn } from './gig.en';
import { exportEn } from './export.en';
import { exportScreenEn } from './export-screen.en';
import { applicationsEn } from './applications.en';
import { budgetEn } from './budget.en';
import { pathEn } from './path.en';
import { skillsEn } from './skills.en';

export const en = {
  app: {
    ...shellEn.app,
    loadFailed: 'Passerelle could not open your data: {{detail}}',
  },
  nav: shellEn.nav,
  settings: {
    label: 'Display settings',
    language: 'Language',
    theme: 'Theme',
    themeSystem: 'Follow system',
    themeLight: 'Light',
    themeDark: 'Dark',
  },
  languages: { en: 'English', fr: 'Français' },
  save: {
    ...shellEn.save,
    savedAt: 'Saved at {{time}}',
    pending: 'Saving…',
    failed: 'Not saved yet',
  },
  storage: {
    recoveryTitle: 'We recovered your data',
    reason: {
      missing: 'Your data file was missing.',
      truncated: 'Your data file was cut short, probably by a crash or a full disk.',
      corrupt: 'Your data file was damaged and could not be read.',
      'schema-invalid': 'Your data file did not have the shape Passerelle expects.',
      'newer-version': 'Your data file was written by a newer version of Passerelle.',
      'too-deep': 'Your data file was nested too deeply to read safely.',
      'journal-damaged': 'Some of your latest changes could not be read back from disk.',
      symlink:
        'Your data file was a link to another place; Passerelle does not follow links out of its data folder. A note beside the copy says where it pointed.',
    },
    restored: 'We restored the backup from {{date}}. Changes made after it may be missing.',
    keptUntil: 'Everything you saved up to {{date}} was kept; changes after it may be missing.',
    noBackup: 'No usable backup was found, so Passerelle started empty.',
    quarantined: 'The original file was kept untouched at:',
    notQuarantined: 'The original file could not be copied, so Passerelle will not write over it.',
    dismiss: 'Dismiss',
    writeProblemTitle: 'Passerelle cannot save right now',
    writeProblem:
      'Your changes are kept while the app stays open, and saving is retried with your next change. Details: {{detail}}',
  },
  errors: {
    required: 'This field is required.',
    dateInvalid: 'Enter a real date as {{pattern}}.',
    moneyInvalid: 'Enter an amount such as {{example}}, without a currency sign.',
    hoursRange: 'Enter a whole number of hours from 0 to 80.',
    numberRange: 'Enter a whole number from {{min}} to {{max}}.',
    tooLong_one: '{{count}} character too long; the limit is {{max}}.',
    tooLong_other: '{{count}} characters too long; the limit is {{max}}.',
    'invalid-request': 'That change was not accepted: {{detail}}',
    'untrusted-sender': 'The request was refused for safety.',
    'storage-write-failed': 'Your change could not be written to disk: {{detail}}',
    'link-not-allowed': 'Passerelle only opens links to the official sites it knows.',
    'file-write-failed': 'The file could not be saved: {{detail}}',
    'pdf-failed': 'The PDF could not be made: {{detail}}',
    'backup-too-large': 'This file is too large to be a Passerelle backup ({{detail}}). Nothing was changed.',
    'backup-not-json':
      'This file is not a Passerelle backup: it is not readable JSON text. Nothing was changed.',
    'backup-not-a-backup': 'This file is not a Passerelle backup. Nothing was changed.',
    'backup-newer-version':
      'This backup comes from a newer version of Passerelle ({{detail}}). Update Passerelle, then restore it. Nothing was changed.',
    'backup-checksum-mismatch':
      'This backup is damaged: its contents do not match its checksum. Nothing was changed.',
    'backup-invalid-data': 'This backup holds data Passerelle cannot use ({{detail}}). Nothing was changed.',
    'transport-failed':
      'Passerelle could not reach its storage just now ({{detail}}). Try again; if it keeps happening, restart the app.',
    internal: 'Something went wrong: {{detail}}',
  },
  /** A long text field's counter (shown from 80 % of its limit) and what a screen reader hears. */
  forms: {
    counter: '{{typed}} / {{max}} characters',
    counterOver: '{{typed}} / {{max}} characters, {{over}} over the limit',
    announceAt: 'Limit reached: {{max}} characters.',
    announceOver: 'Over the limit of {{max}} characters: shorten the text to save it.',
  },
  dates: { day: 'DD', month: 'MM', year: 'YYYY', hint: 'Format: {{pattern}}' },
  profile: {
    title: 'Profile',
    intro:
      'Your situation. Passerelle uses it to plan your weeks and your budget; it never leaves this computer.',
    aboutYou: 'About you',
    whatHappened: 'What happened',
    yourTime: 'Your time',
    name: 'Your name (optional)',
    country: 'Country',
    countryHelp: 'Sets the currency, date format, paper size and which benefit rules apply.',
    language: 'Interface language',
    layoffDate: 'Layoff date',
    lastPaidDay: 'Last paid day',
    lastPaidWarning:
      'Your last paid day ({{lastPaid}}) is before your layoff date ({{layoff}}). That is unusual: check it is not a typing slip.',
    lastPaidConfirm: 'Yes, my last paid day is before my layoff date',
    lastPaidAsk: 'Not saved yet: correct the dates, or tick the box above, then save again.',
    previousRole: 'Previous role',
    previousRolePlaceholder: 'e.g. Generalist AI tutor',
    previousEmployer: 'Previous employer',
    previousMonthlyPay: 'Previous monthly pay ({{currency}}, before tax)',
    hoursPerWeek: 'Hours per week for retraining and job search',
    hoursHelp: 'Be realistic: the plan is built around this number.',
    save: 'Save profile',
    saved: 'Profile saved.',
  },
  onboarding: {
    title: 'Welcome to Passerelle',
    intro:
      'A private planner for your move from generalist annotation to specialist AI-tutor work. Everything stays on this computer: no account, no network.',
    stepsLabel: 'First-run setup',
    submit: 'Start planning',
  },
  today: {
    title: shellEn.todayTitle,
    greeting: 'Hello {{name}}',
    greetingAnonymous: 'Hello',
    daysSinceLayoff_one: '{{count}} day since your layoff ({{date}}).',
    daysSinceLayoff_other: '{{count}} days since your layoff ({{date}}).',
    layoffAhead_one: 'Your layoff takes effect in {{count}} day ({{date}}).',
    layoffAhead_other: 'Your layoff takes effect in {{count}} days ({{date}}).',
    lastPaid: 'Last paid day: {{date}}.',
    hours_one: 'You have set aside {{count}} hour a week.',
    hours_other: 'You have set aside {{count}} hours a week.',
    nextTitle: 'Where to go next',
    nextProfile: 'Check your profile',
    nextProfileText: 'Your situation drives every date and amount Passerelle shows.',
    nextSkills: 'Rate your skills and pick target domains',
    nextSkillsText: 'See which specialist domains fit you, what is missing and what stands in the way.',
    targets: 'Your target domains',
    targetLine: '{{name}}: fit {{fit}} / 100',
    nextExport: 'Prepare a summary for your counsellor',
    nextExportText:
      'Your plan, job-search log and money on paper, as PDF or Markdown; and a backup of everything.',
  },
  notFound: { title: 'Page not found', back: 'Go to Today' },
  skills: skillsEn,
  path: pathEn,
  applications: applicationsEn,
  budget: budgetEn,
  export: exportEn,
  exportScreen: exportScreenEn,
  about: aboutEn,
  gig: gigEn,
  duties: dutiesEn,
} as const;
