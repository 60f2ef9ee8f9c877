/** Professional domains: code, security, health, money, law, writing, games, teaching. */
import { gate, need, usdPerHour } from './build-helpers';
import type { CatalogueDomain } from './types';

const HIREART = 'HireArt survey via Business Insider';

export const PROFESSION_DOMAINS: CatalogueDomain[] = [
  {
    id: 'software-engineering',
    name: { en: 'Software engineering and coding', fr: 'Génie logiciel et programmation' },
    description: {
      en: 'Write, review and grade code, agent traces and pull requests produced by models.',
      fr: 'Écrire, relire et noter du code, des traces d’agents et des pull requests produits par des modèles.',
    },
    required: [
      need('programming', 5, 3),
      need('algorithms', 3, 3),
      need('code-review', 4, 3),
      need('code-output-review', 3, 2),
    ],
    optional: [need('software-testing', 2, 3), need('system-design', 2, 2), need('rubric-grading', 1, 2)],
    gates: [
      gate(
        'years-engineering',
        'soft',
        'Five years or more in software engineering or QA (asked for agentic coding work)',
        'Cinq ans ou plus en développement ou en assurance qualité (demandé pour le code agentique)',
      ),
    ],
    screening: ['coding-assessment', 'knowledge-test', 'id-check', 'paid-trial'],
    pay: usdPerHour(80, 150, HIREART, '2025'),
    employers: ['Turing', 'xAI', 'Outlier (Scale AI)', 'DataAnnotation', 'Mercor'],
    readyWeeks: { fromScratch: 78, withSomeBackground: 16, withStrongBackground: 3 },
  },
  {
    id: 'cybersecurity',
    name: { en: 'Cybersecurity', fr: 'Cybersécurité' },
    description: {
      en: 'Judge model answers on attacks, defences and vulnerabilities; build and grade security tasks.',
      fr: 'Juger les réponses des modèles sur les attaques, les défenses et les vulnérabilités\u202f; créer et noter des tâches de sécurité.',
    },
    required: [need('network-security', 5, 3), need('threat-modelling', 3, 3), need('programming', 3, 2)],
    optional: [
      need('penetration-testing', 3, 3),
      need('adversarial-prompting', 2, 2),
      need('code-review', 1, 2),
    ],
    gates: [
      gate(
        'security-certification',
        'soft',
        'A recognised security certification (e.g. OSCP, CISSP)',
        'Une certification reconnue en sécurité (ex. OSCP, CISSP)',
      ),
    ],
    screening: ['knowledge-test', 'coding-assessment', 'id-check'],
    pay: null,
    employers: ['xAI', 'Mercor', 'Outlier (Scale AI)'],
    readyWeeks: { fromScratch: 104, withSomeBackground: 26, withStrongBackground: 4 },
  },
  {
    id: 'medicine',
    name: { en: 'Medicine and clinical care', fr: 'Médecine et soins' },
    description: {
      en: 'Check model answers on symptoms, treatments and triage against clinical practice and evidence.',
      fr: 'Vérifier les réponses des modèles sur les symptômes, traitements et le triage au regard de la pratique clinique et des preuves.',
    },
    required: [
      need('clinical-practice', 5, 3),
      need('medical-terminology', 3, 3),
      need('patient-safety', 4, 3),
      need('evidence-based-medicine', 3, 2),
    ],
    optional: [need('pharmacology', 2, 2), need('fact-checking', 2, 2), need('rubric-grading', 1, 2)],
    gates: [
      gate(
        'clinical-licence',
        'hard',
        'A current licence to practise (nurse, physician, pharmacist…)',
        'Une autorisation d’exercer en cours (infirmier·e, médecin, pharmacien·ne…)',
      ),
    ],
    screening: ['knowledge-test', 'id-check', 'video-interview'],
    pay: usdPerHour(60, 180, HIREART, '2025'),
    employers: ['Mercor', 'xAI', 'Outlier (Scale AI)', 'Invisible'],
    readyWeeks: { fromScratch: 260, withSomeBackground: 12, withStrongBackground: 2 },
  },
  {
    id: 'pharmacy-life-sciences',
    name: { en: 'Pharmacy and life sciences', fr: 'Pharmacie et sciences de la vie' },
    description: {
      en: 'Review answers about drugs, interactions, lab methods and regulation.',
      fr: 'Relire des réponses sur les médicaments, interactions, méthodes de laboratoire et la réglementation.',
    },
    required: [need('pharmacology', 5, 3), need('biochemistry', 3, 3), need('laboratory-techniques', 3, 2)],
    optional: [
      need('regulatory-affairs', 2, 2),
      need('molecular-biology', 2, 2),
      need('fact-checking', 1, 2),
    ],
    gates: [
      gate(
        'life-sciences-degree',
        'soft',
        'A degree in pharmacy or a life science',
        'Un diplôme de pharmacie ou de sciences de la vie',
      ),
    ],
    screening: ['knowledge-test', 'id-check'],
    pay: null,
    employers: ['Mercor', 'Outlier (Scale AI)'],
    readyWeeks: { fromScratch: 156, withSomeBackground: 20, withStrongBackground: 3 },
  },
  {
    id: 'finance',
    name: { en: 'Finance, accounting and investment', fr: 'Finance, comptabilité et investissement' },
    description: {
      en: 'Build and grade models, statements and investment reasoning produced by AI.',
      fr: 'Construire et noter des modèles, états financiers et raisonnements d’investissement produits par l’IA.',
    },
    required: [need('accounting', 4, 3), need('financial-analysis', 5, 3), need('statistics', 2, 2)],
    optional: [need('investment-analysis', 3, 3), need('tax', 2, 2), need('rubric-grading', 1, 2)],
    gates: [
      gate(
        'finance-experience',
        'soft',
        'Professional experience in banking, audit or investment',
        'Une expérience professionnelle en banque, audit ou investissement',
      ),
      gate(
        'finance-certification',
        'soft',
        'A professional qualification (CPA, CFA, expert-comptable…)',
        'Une qualification professionnelle (CPA, CFA, expert-comptable…)',
      ),
    ],
    screening: ['knowledge-test', 'id-check', 'video-interview'],
    pay: usdPerHour(180, 200, 'WSJ via FourWeekMBA (investment banking at Mercor)', '2025'),
    employers: ['Mercor', 'xAI', 'Turing'],
    readyWeeks: { fromScratch: 104, withSomeBackground: 16, withStrongBackground: 3 },
  },
  {
    id: 'law',
    name: { en: 'Law', fr: 'Droit' },
    description: {
      en: 'Grade legal reasoning, research and drafting; write hard questions with model answers.',
      fr: 'Noter le raisonnement, la recherche et la rédaction juridiques\u202f; écrire des questions difficiles et leurs réponses.',
    },
    required: [need('legal-research', 5, 3), need('legal-drafting', 4, 3), need('contract-law', 3, 2)],
    optional: [
      need('regulatory-compliance', 2, 2),
      need('fact-checking', 2, 2),
      need('guideline-application', 1, 2),
    ],
    gates: [
      gate('law-degree', 'hard', 'A law degree', 'Un diplôme de droit'),
      gate(
        'bar-admission',
        'soft',
        'Admission to the bar, or practice as a lawyer',
        'Inscription au barreau ou exercice comme juriste',
      ),
    ],
    screening: ['knowledge-test', 'writing-sample', 'id-check'],
    pay: usdPerHour(80, 150, HIREART, '2025'),
    employers: ['Mercor', 'Outlier (Scale AI)', 'Invisible'],
    readyWeeks: { fromScratch: 208, withSomeBackground: 16, withStrongBackground: 3 },
  },
  {
    id: 'writing',
    name: { en: 'Creative and technical writing', fr: 'Écriture créative et technique' },
    description: {
      en: 'Write and judge prose, documentation and style; teach models to write better.',
      fr: 'Écrire et juger de la prose, de la documentation et du style\u202f; apprendre aux modèles à mieux écrire.',
    },
    required: [need('creative-writing', 4, 3), need('editing', 4, 3), need('ideal-response-writing', 3, 3)],
    optional: [need('technical-writing', 3, 3), need('output-rewriting', 2, 3), need('rubric-grading', 1, 2)],
    gates: [
      gate(
        'publication-record',
        'soft',
        'A publication record or writing awards',
        'Des publications ou des prix d’écriture',
      ),
    ],
    screening: ['writing-sample', 'id-check', 'paid-trial'],
    pay: usdPerHour(40, 125, 'rco.news (xAI writing tutors)', '2025'),
    employers: ['xAI', 'Outlier (Scale AI)', 'DataAnnotation'],
    readyWeeks: { fromScratch: 52, withSomeBackground: 10, withStrongBackground: 2 },
  },
  {
    id: 'video-games',
    name: { en: 'Video games', fr: 'Jeux vidéo' },
    description: {
      en: 'Teach models game design, play and development through shipped-game expertise.',
      fr: 'Enseigner aux modèles le game design, le jeu et le développement grâce à l’expérience de jeux publiés.',
    },
    required: [need('game-design', 5, 3), need('game-development', 3, 2)],
    optional: [need('narrative-design', 2, 2), need('programming', 2, 2), need('creative-writing', 1, 2)],
    gates: [
      gate(
        'game-portfolio',
        'hard',
        'A portfolio of shipped or professional game work (no degree needed)',
        'Un portfolio de jeux publiés ou de travaux professionnels (sans diplôme requis)',
      ),
    ],
    screening: ['knowledge-test', 'id-check', 'video-interview'],
    pay: usdPerHour(45, 100, 'Entrepreneur (xAI video-game tutors)', '2025'),
    employers: ['xAI'],
    readyWeeks: { fromScratch: 104, withSomeBackground: 20, withStrongBackground: 3 },
  },
  {
    id: 'education',
    name: { en: 'Education and pedagogy', fr: 'Éducation et pédagogie' },
    description: {
      en: 'Make models better tutors: explanations, feedback, lesson plans and assessment.',
      fr: 'Faire des modèles de meilleurs tuteurs\u202f: explications, retours, séquences et évaluations.',
    },
    required: [need('teaching', 5, 3), need('curriculum-design', 3, 2), need('assessment-design', 3, 2)],
    optional: [need('ideal-response-writing', 2, 3), need('rubric-grading', 2, 3), need('psychology', 1, 2)],
    gates: [
      gate(
        'teaching-credential',
        'soft',
        'A teaching qualification or classroom experience',
        'Un diplôme d’enseignement ou une expérience en classe',
      ),
    ],
    screening: ['knowledge-test', 'writing-sample', 'id-check'],
    pay: null,
    employers: ['Outlier (Scale AI)', 'Mercor', 'Invisible'],
    readyWeeks: { fromScratch: 78, withSomeBackground: 10, withStrongBackground: 2 },
  },
];
