/**
 * Skills the inventory offers. Annotation skills are the ones generalist trainers built on
 * the job (shared/reference/tutor-domains.md); domain skills come from earlier careers and
 * studies; language skills are generated per language (names from Intl.DisplayNames).
 */
import type { CatalogueSkill } from './types';

const annotation = (id: string, en: string, fr: string): CatalogueSkill => ({
  id,
  category: 'annotation',
  name: { en, fr },
});
const domain = (id: string, en: string, fr: string): CatalogueSkill => ({
  id,
  category: 'domain',
  name: { en, fr },
});

export const ANNOTATION_SKILLS: CatalogueSkill[] = [
  annotation('rubric-grading', 'Rubric-based grading', 'Évaluation selon une grille'),
  annotation('preference-ranking', 'Pairwise preference ranking (RLHF)', 'Classement par préférence (RLHF)'),
  annotation('ideal-response-writing', 'Writing ideal responses', 'Rédaction de réponses modèles'),
  annotation(
    'output-rewriting',
    'Rewriting and correcting model outputs',
    'Réécriture et correction de sorties de modèle',
  ),
  annotation('fact-checking', 'Fact-checking with sources', 'Vérification des faits avec sources'),
  annotation(
    'guideline-application',
    'Reading and applying long guidelines',
    'Lecture et application de longues consignes',
  ),
  annotation(
    'adversarial-prompting',
    'Adversarial prompting and red-teaming',
    'Requêtes adverses et red-teaming',
  ),
  annotation(
    'code-output-review',
    'Reviewing code written by models',
    'Relecture de code écrit par des modèles',
  ),
  annotation('multilingual-review', 'Multilingual quality review', 'Contrôle qualité multilingue'),
  annotation(
    'labelling-tools',
    'Labelling tools (boxes, segmentation, transcription)',
    'Outils d’étiquetage (boîtes, segmentation, transcription)',
  ),
  annotation(
    'qa-auditing',
    'QA and auditing other annotators',
    'Contrôle qualité du travail d’autres annotateurs',
  ),
  annotation(
    'throughput-quality',
    'Meeting throughput and quality targets',
    'Tenue des objectifs de volume et de qualité',
  ),
];

export const DOMAIN_SKILLS: CatalogueSkill[] = [
  domain('programming', 'Programming (Python, JavaScript…)', 'Programmation (Python, JavaScript…)'),
  domain('algorithms', 'Algorithms and data structures', 'Algorithmique et structures de données'),
  domain('code-review', 'Code review', 'Revue de code'),
  domain('software-testing', 'Software testing and QA', 'Tests logiciels et assurance qualité'),
  domain('system-design', 'System design', 'Conception de systèmes'),
  domain('network-security', 'Network and systems security', 'Sécurité des réseaux et systèmes'),
  domain('penetration-testing', 'Penetration testing', 'Tests d’intrusion'),
  domain('threat-modelling', 'Threat modelling', 'Modélisation des menaces'),
  domain('clinical-practice', 'Clinical practice', 'Pratique clinique'),
  domain('medical-terminology', 'Medical terminology', 'Terminologie médicale'),
  domain('pharmacology', 'Pharmacology', 'Pharmacologie'),
  domain('patient-safety', 'Patient safety and triage', 'Sécurité des patients et triage'),
  domain('evidence-based-medicine', 'Evidence-based medicine', 'Médecine fondée sur les preuves'),
  domain('laboratory-techniques', 'Laboratory techniques', 'Techniques de laboratoire'),
  domain('molecular-biology', 'Molecular biology', 'Biologie moléculaire'),
  domain('biochemistry', 'Biochemistry', 'Biochimie'),
  domain(
    'regulatory-affairs',
    'Regulatory affairs (drugs, devices)',
    'Affaires réglementaires (médicaments, dispositifs)',
  ),
  domain('accounting', 'Accounting', 'Comptabilité'),
  domain('financial-analysis', 'Financial analysis and modelling', 'Analyse et modélisation financières'),
  domain('investment-analysis', 'Investment analysis', 'Analyse d’investissement'),
  domain('tax', 'Tax', 'Fiscalité'),
  domain('microeconomics', 'Microeconomics', 'Microéconomie'),
  domain('macroeconomics', 'Macroeconomics', 'Macroéconomie'),
  domain('econometrics', 'Econometrics', 'Économétrie'),
  domain('statistics', 'Statistics', 'Statistiques'),
  domain('legal-research', 'Legal research', 'Recherche juridique'),
  domain('legal-drafting', 'Legal drafting', 'Rédaction juridique'),
  domain('contract-law', 'Contract law', 'Droit des contrats'),
  domain('regulatory-compliance', 'Regulatory compliance', 'Conformité réglementaire'),
  domain('calculus', 'Calculus and analysis', 'Analyse mathématique'),
  domain('linear-algebra', 'Linear algebra', 'Algèbre linéaire'),
  domain('proof-writing', 'Writing mathematical proofs', 'Rédaction de démonstrations'),
  domain('probability', 'Probability', 'Probabilités'),
  domain('classical-mechanics', 'Classical mechanics', 'Mécanique classique'),
  domain('electromagnetism', 'Electromagnetism', 'Électromagnétisme'),
  domain('quantum-mechanics', 'Quantum mechanics', 'Mécanique quantique'),
  domain('organic-chemistry', 'Organic chemistry', 'Chimie organique'),
  domain('physical-chemistry', 'Physical chemistry', 'Chimie physique'),
  domain('analytical-chemistry', 'Analytical chemistry', 'Chimie analytique'),
  domain('genetics', 'Genetics', 'Génétique'),
  domain('cell-biology', 'Cell biology', 'Biologie cellulaire'),
  domain('ecology', 'Ecology and evolution', 'Écologie et évolution'),
  domain('research-methods', 'Research methods', 'Méthodes de recherche'),
  domain('academic-writing', 'Academic writing', 'Écriture académique'),
  domain('creative-writing', 'Creative writing', 'Écriture créative'),
  domain('technical-writing', 'Technical writing', 'Rédaction technique'),
  domain('editing', 'Editing and proofreading', 'Édition et relecture'),
  domain('translation', 'Translation', 'Traduction'),
  domain('localisation', 'Localisation', 'Localisation'),
  domain('linguistics', 'Linguistics', 'Linguistique'),
  domain('ai-safety-concepts', 'AI safety and misuse concepts', 'Sûreté de l’IA et usages malveillants'),
  domain('ethics', 'Applied ethics', 'Éthique appliquée'),
  domain('psychology', 'Psychology', 'Psychologie'),
  domain('communication-style', 'Tone, style and persona', 'Ton, style et personnage'),
  domain('game-design', 'Game design', 'Game design'),
  domain('game-development', 'Game development', 'Développement de jeux'),
  domain('narrative-design', 'Narrative design', 'Conception narrative'),
  domain('teaching', 'Teaching', 'Enseignement'),
  domain('curriculum-design', 'Curriculum design', 'Conception de programmes'),
  domain('assessment-design', 'Assessment design', 'Conception d’évaluations'),
];

/** Languages offered for language pairs and language skills (`lang-xx`). */
export const LANGUAGE_CODES = [
  'en',
  'fr',
  'es',
  'de',
  'it',
  'pt',
  'nl',
  'pl',
  'ar',
  'zh',
  'ja',
  'ko',
  'hi',
  'ru',
] as const;

export const languageSkillId = (code: string): string => `lang-${code}`;

export function languageSkills(): CatalogueSkill[] {
  const en = new Intl.DisplayNames(['en'], { type: 'language' });
  const fr = new Intl.DisplayNames(['fr'], { type: 'language' });
  return LANGUAGE_CODES.map((code) => ({
    id: languageSkillId(code),
    category: 'language',
    name: { en: en.of(code) ?? code, fr: fr.of(code) ?? code },
  }));
}

let allSkills: readonly CatalogueSkill[] | null = null;

/**
 * Every built-in skill, built on first use: the language names come from two
 * Intl.DisplayNames, about 20 ms that start-up should not pay before Today paints.
 */
export function catalogueSkills(): readonly CatalogueSkill[] {
  allSkills ??= [...ANNOTATION_SKILLS, ...DOMAIN_SKILLS, ...languageSkills()];
  return allSkills;
}
