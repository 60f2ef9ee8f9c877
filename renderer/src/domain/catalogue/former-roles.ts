/**
 * Quick start: a former role suggests the skills it usually builds, at a typical level.
 * Suggestions are never saved as ratings until the user confirms each one.
 */
import type { LocalText } from './types';

export interface FormerRole {
  id: string;
  name: LocalText;
  skills: Record<string, number>;
}

const role = (id: string, en: string, fr: string, skills: Record<string, number>): FormerRole => ({
  id,
  name: { en, fr },
  skills,
});

export const FORMER_ROLES: FormerRole[] = [
  role('ai-trainer', 'Generalist AI trainer / annotator', 'Annotateur·rice / entraîneur·se IA généraliste', {
    'rubric-grading': 3,
    'preference-ranking': 3,
    'ideal-response-writing': 3,
    'output-rewriting': 3,
    'fact-checking': 2,
    'guideline-application': 3,
    'throughput-quality': 3,
  }),
  role('nurse', 'Nurse', 'Infirmier·e', {
    'clinical-practice': 4,
    'medical-terminology': 3,
    'patient-safety': 3,
    pharmacology: 2,
    'evidence-based-medicine': 1,
  }),
  role('physician', 'Physician', 'Médecin', {
    'clinical-practice': 4,
    'medical-terminology': 4,
    'patient-safety': 4,
    pharmacology: 3,
    'evidence-based-medicine': 3,
  }),
  role('pharmacist', 'Pharmacist', 'Pharmacien·ne', {
    pharmacology: 4,
    biochemistry: 3,
    'regulatory-affairs': 2,
    'patient-safety': 3,
  }),
  role('lab-technician', 'Lab technician', 'Technicien·ne de laboratoire', {
    'laboratory-techniques': 4,
    biochemistry: 2,
    'molecular-biology': 2,
    'analytical-chemistry': 2,
  }),
  role('accountant', 'Accountant', 'Comptable', {
    accounting: 4,
    tax: 3,
    'financial-analysis': 2,
    statistics: 1,
  }),
  role('financial-analyst', 'Financial analyst', 'Analyste financier·ère', {
    'financial-analysis': 4,
    'investment-analysis': 3,
    accounting: 2,
    statistics: 2,
  }),
  role('developer', 'Software developer', 'Développeur·se', {
    programming: 4,
    algorithms: 3,
    'code-review': 3,
    'software-testing': 2,
    'system-design': 2,
  }),
  role('security-analyst', 'Security analyst', 'Analyste sécurité', {
    'network-security': 3,
    'threat-modelling': 3,
    'penetration-testing': 2,
    programming: 2,
  }),
  role('teacher', 'Teacher', 'Enseignant·e', {
    teaching: 4,
    'curriculum-design': 3,
    'assessment-design': 3,
    psychology: 1,
  }),
  role('paralegal', 'Paralegal', 'Assistant·e juridique', {
    'legal-research': 3,
    'legal-drafting': 2,
    'contract-law': 2,
    'regulatory-compliance': 2,
  }),
  role('lawyer', 'Lawyer', 'Avocat·e / juriste', {
    'legal-research': 4,
    'legal-drafting': 4,
    'contract-law': 3,
    'regulatory-compliance': 3,
  }),
  role('translator', 'Translator', 'Traducteur·rice', {
    translation: 4,
    localisation: 3,
    editing: 3,
    linguistics: 2,
  }),
  role('writer', 'Writer or journalist', 'Auteur·rice ou journaliste', {
    'creative-writing': 3,
    editing: 4,
    'fact-checking': 3,
    'technical-writing': 2,
  }),
  role('researcher', 'Academic researcher', 'Chercheur·se', {
    'research-methods': 4,
    'academic-writing': 4,
    statistics: 3,
  }),
  role('game-developer', 'Game developer or designer', 'Développeur·se ou game designer', {
    'game-design': 3,
    'game-development': 3,
    'narrative-design': 2,
    programming: 2,
  }),
];
