/**
 * The evidence behind a rating as typed (years with the locale's decimal sign, a local date)
 * and as saved (a number in halves, an ISO day). Limits come from SKILLS_LIMITS.
 */
import { z } from 'zod';
import { SKILLS_LIMITS, type SkillRating } from '../../../../../preload/contract/skills-section';
import {
  dayField,
  dayFromText,
  isBlank,
  textField,
  textFromDay,
  type FormLocales,
} from '../../../domain/forms/typed-fields';

export interface EvidenceValues {
  years: string;
  certificate: string;
  certificateDate: string;
  portfolioUrl: string;
  note: string;
}

const { years: YEARS } = SKILLS_LIMITS;

/** "2,5" or "2.5" → 2.5; null when empty or not a number of years in the contract's range and step. */
export function yearsFromText(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{0,2}(?:[.,]\d{1,2})?$/.test(trimmed) || !/\d/.test(trimmed)) return null;
  const value = Number(trimmed.replace(',', '.'));
  const steps = value / YEARS.step;
  return value >= YEARS.min && value <= YEARS.max && Number.isInteger(steps) ? value : null;
}

export function evidenceFormSchema(locales: FormLocales) {
  return z.object({
    years: z
      .string()
      .refine((text) => isBlank(text) || yearsFromText(text) !== null, 'skills.evidence.yearsInvalid'),
    certificate: textField(SKILLS_LIMITS.certificate),
    certificateDate: dayField(locales.dateLocale),
    portfolioUrl: textField(SKILLS_LIMITS.portfolioUrl),
    note: textField(SKILLS_LIMITS.note),
  });
}

export function toEvidenceValues(rating: SkillRating, locales: FormLocales): EvidenceValues {
  const decimal = new Intl.NumberFormat(locales.numberLocale, {
    maximumFractionDigits: 2,
    useGrouping: false,
  });
  return {
    years: rating.years === null ? '' : decimal.format(rating.years),
    certificate: rating.certificate,
    certificateDate: textFromDay(rating.certificateDate, locales.dateLocale),
    portfolioUrl: rating.portfolioUrl,
    note: rating.note,
  };
}

/** The rating with the evidence from values the schema accepted; its level is kept. */
export function toRatingWithEvidence(
  rating: SkillRating,
  values: EvidenceValues,
  locales: FormLocales,
): SkillRating {
  return {
    ...rating,
    years: yearsFromText(values.years),
    certificate: values.certificate.trim(),
    certificateDate: dayFromText(values.certificateDate, locales.dateLocale),
    portfolioUrl: values.portfolioUrl.trim(),
    note: values.note.trim(),
  };
}
