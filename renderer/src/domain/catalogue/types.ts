/** Shapes of the built-in catalogue: versioned app data, bilingual, every figure sourced. */
import type { Requirement } from '../../../../preload/contract/skills-section';

export interface LocalText {
  en: string;
  fr: string;
}

export type SkillCategory = 'annotation' | 'domain' | 'language';

export interface CatalogueSkill {
  id: string;
  category: SkillCategory;
  name: LocalText;
}

export type ScreeningStep =
  'knowledge-test' | 'coding-assessment' | 'writing-sample' | 'id-check' | 'video-interview' | 'paid-trial';

/** Reported pay, in whole US cents per unit, as published: never a promise. */
export interface ReportedPay {
  minMinor: number;
  maxMinor: number | null;
  currency: 'USD';
  unit: 'hour' | 'task';
  source: string;
  /** When the figure was reported, as precisely as the source says: `YYYY` or `YYYY-MM`. */
  reported: string;
  lowConfidence: boolean;
}

export interface CatalogueGate {
  id: string;
  /** hard: usually required to be hired; soft: helps. */
  kind: 'hard' | 'soft';
  label: LocalText;
}

/** The catalogue's own estimate of weeks to be ready to apply, by starting point. */
export interface ReadyEstimate {
  fromScratch: number;
  withSomeBackground: number;
  withStrongBackground: number;
}

export interface CatalogueDomain {
  id: string;
  name: LocalText;
  description: LocalText;
  required: Requirement[];
  optional: Requirement[];
  gates: CatalogueGate[];
  screening: ScreeningStep[];
  pay: ReportedPay | null;
  employers: string[];
  readyWeeks: ReadyEstimate;
}
