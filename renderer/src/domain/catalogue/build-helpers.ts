import type { Requirement } from '../../../../preload/contract/skills-section';
import type { CatalogueGate, ReportedPay } from './types';

export const need = (skillId: string, weight: number, level: number): Requirement => ({
  skillId,
  weight,
  level,
});

export const gate = (id: string, kind: 'hard' | 'soft', en: string, fr: string): CatalogueGate => ({
  id,
  kind,
  label: { en, fr },
});

/** Dollar figures as published, stored in cents. */
export const usdPerHour = (
  min: number,
  max: number | null,
  source: string,
  reported: string,
  lowConfidence = false,
): ReportedPay => ({
  minMinor: min * 100,
  maxMinor: max === null ? null : max * 100,
  currency: 'USD',
  unit: 'hour',
  source,
  reported,
  lowConfidence,
});
