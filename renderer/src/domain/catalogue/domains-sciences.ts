/** Sciences, economics, languages and the model-facing domains (safety, behaviour). */
import { gate, need, usdPerHour } from './build-helpers';
import type { CatalogueDomain } from './types';

const advancedDegree = (field: { en: string; fr: string }) =>
  gate(
    'advanced-degree',
    'soft',
    `A master’s or PhD in ${field.en}`,
    `Un master ou un doctorat en ${field.fr}`,
  );

export const SCIENCE_DOMAINS: CatalogueDomain[] = [
  {
    id: 'economics',
    name: { en: 'Economics', fr: 'Économie' },
    description: {
      en: 'Pose and grade economic reasoning, models and data questions.',
      fr: 'Poser et noter des questions de raisonnement, de modèles et de données économiques.',
    },
    required: [need('microeconomics', 4, 3), need('macroeconomics', 3, 3), need('econometrics', 4, 3)],
    optional: [need('statistics', 2, 3), need('academic-writing', 1, 2), need('rubric-grading', 1, 2)],
    gates: [
      gate(
        'phd',
        'hard',
        'A PhD in economics (asked for from a top-tier university)',
        'Un doctorat en économie (demandé d’une université de premier plan)',
      ),
    ],
    screening: ['knowledge-test', 'id-check', 'video-interview'],
    pay: usdPerHour(45, 100, 'Evrim Ağacı (xAI economics tutors)', '2025'),
    employers: ['xAI', 'Mercor'],
    readyWeeks: { fromScratch: 260, withSomeBackground: 26, withStrongBackground: 3 },
  },
  {
    id: 'mathematics',
    name: { en: 'Mathematics', fr: 'Mathématiques' },
    description: {
      en: 'Write hard problems with worked solutions; check model proofs step by step.',
      fr: 'Écrire des problèmes difficiles avec leurs solutions\u202f; vérifier pas à pas les démonstrations des modèles.',
    },
    required: [need('proof-writing', 5, 3), need('calculus', 3, 3), need('linear-algebra', 3, 3)],
    optional: [need('probability', 2, 3), need('statistics', 1, 2), need('rubric-grading', 1, 2)],
    gates: [advancedDegree({ en: 'mathematics', fr: 'mathématiques' })],
    screening: ['knowledge-test', 'id-check', 'paid-trial'],
    pay: {
      minMinor: 5500,
      maxMinor: null,
      currency: 'USD',
      unit: 'task',
      source: 'Turing listing (math-finance problem writing)',
      reported: '2025',
      lowConfidence: false,
    },
    employers: ['Turing', 'xAI', 'Outlier (Scale AI)'],
    readyWeeks: { fromScratch: 156, withSomeBackground: 16, withStrongBackground: 2 },
  },
  {
    id: 'physics',
    name: { en: 'Physics', fr: 'Physique' },
    description: {
      en: 'Create and grade physics problems, derivations and explanations.',
      fr: 'Créer et noter des problèmes, dérivations et explications de physique.',
    },
    required: [need('classical-mechanics', 4, 3), need('electromagnetism', 3, 3), need('calculus', 3, 3)],
    optional: [need('quantum-mechanics', 2, 2), need('linear-algebra', 2, 2), need('research-methods', 1, 2)],
    gates: [advancedDegree({ en: 'physics', fr: 'physique' })],
    screening: ['knowledge-test', 'id-check'],
    pay: null,
    employers: ['xAI', 'Outlier (Scale AI)', 'Mercor'],
    readyWeeks: { fromScratch: 156, withSomeBackground: 16, withStrongBackground: 2 },
  },
  {
    id: 'chemistry',
    name: { en: 'Chemistry', fr: 'Chimie' },
    description: {
      en: 'Check reactions, mechanisms and lab safety in model answers; write graded problems.',
      fr: 'Vérifier réactions, mécanismes et sécurité au laboratoire dans les réponses\u202f; écrire des problèmes notés.',
    },
    required: [
      need('organic-chemistry', 4, 3),
      need('physical-chemistry', 3, 3),
      need('analytical-chemistry', 3, 2),
    ],
    optional: [need('laboratory-techniques', 2, 2), need('biochemistry', 1, 2), need('fact-checking', 1, 2)],
    gates: [advancedDegree({ en: 'chemistry', fr: 'chimie' })],
    screening: ['knowledge-test', 'id-check'],
    pay: null,
    employers: ['xAI', 'Outlier (Scale AI)'],
    readyWeeks: { fromScratch: 156, withSomeBackground: 16, withStrongBackground: 2 },
  },
  {
    id: 'biology',
    name: { en: 'Biology', fr: 'Biologie' },
    description: {
      en: 'Review biology explanations and experimental reasoning; write expert questions.',
      fr: 'Relire des explications de biologie et des raisonnements expérimentaux\u202f; écrire des questions d’expert.',
    },
    required: [need('cell-biology', 4, 3), need('genetics', 4, 3), need('molecular-biology', 3, 2)],
    optional: [need('ecology', 2, 2), need('laboratory-techniques', 2, 2), need('research-methods', 1, 2)],
    gates: [advancedDegree({ en: 'biology', fr: 'biologie' })],
    screening: ['knowledge-test', 'id-check'],
    pay: null,
    employers: ['xAI', 'Outlier (Scale AI)', 'Mercor'],
    readyWeeks: { fromScratch: 156, withSomeBackground: 16, withStrongBackground: 2 },
  },
  {
    id: 'languages',
    name: { en: 'Languages and translation', fr: 'Langues et traduction' },
    description: {
      en: 'Review, translate and localise model outputs between two languages you master.',
      fr: 'Relire, traduire et localiser des sorties de modèle entre deux langues que vous maîtrisez.',
    },
    required: [need('translation', 4, 3), need('multilingual-review', 3, 3)],
    optional: [need('localisation', 2, 2), need('linguistics', 2, 2), need('editing', 1, 2)],
    gates: [
      gate(
        'translation-certification',
        'soft',
        'A translation qualification or sworn-translator status',
        'Un diplôme de traduction ou le statut de traducteur·rice assermenté·e',
      ),
    ],
    screening: ['knowledge-test', 'writing-sample', 'id-check'],
    pay: null,
    employers: ['Outlier (Scale AI)', 'DataAnnotation', 'Alignerr (Labelbox)'],
    readyWeeks: { fromScratch: 104, withSomeBackground: 8, withStrongBackground: 2 },
  },
  {
    id: 'ai-safety',
    name: { en: 'AI safety and red-teaming', fr: 'Sûreté de l’IA et red-teaming' },
    description: {
      en: 'Probe models for harmful behaviour, write attacks and grade refusals against policy.',
      fr: 'Éprouver les modèles pour trouver des comportements nuisibles, écrire des attaques et noter les refus selon la politique.',
    },
    required: [
      need('adversarial-prompting', 5, 3),
      need('ai-safety-concepts', 4, 3),
      need('guideline-application', 3, 3),
    ],
    optional: [need('ethics', 2, 2), need('network-security', 1, 2), need('qa-auditing', 1, 2)],
    gates: [],
    screening: ['knowledge-test', 'writing-sample', 'id-check', 'paid-trial'],
    pay: null,
    employers: ['xAI', 'Outlier (Scale AI)', 'Invisible'],
    readyWeeks: { fromScratch: 26, withSomeBackground: 8, withStrongBackground: 2 },
  },
  {
    id: 'model-behaviour',
    name: { en: 'Model behaviour and personality', fr: 'Comportement et personnalité des modèles' },
    description: {
      en: 'Shape how a model sounds and behaves: tone, empathy, honesty and consistency.',
      fr: 'Façonner la manière dont un modèle parle et se comporte\u202f: ton, empathie, honnêteté, cohérence.',
    },
    required: [
      need('communication-style', 5, 3),
      need('preference-ranking', 3, 3),
      need('ideal-response-writing', 4, 3),
    ],
    optional: [need('psychology', 2, 2), need('ethics', 2, 2), need('output-rewriting', 1, 3)],
    gates: [],
    screening: ['writing-sample', 'id-check', 'paid-trial'],
    pay: null,
    employers: ['xAI', 'Outlier (Scale AI)'],
    readyWeeks: { fromScratch: 20, withSomeBackground: 6, withStrongBackground: 1 },
  },
];
