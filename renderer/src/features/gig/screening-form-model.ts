/**
 * A screening as typed: the platform, its format, the day, the outcome, when a re-take is
 * allowed (after the screening, as the contract requires) and the unpaid minutes it took.
 */
import { z } from 'zod';
import {
  GIG_LIMITS,
  SCREENING_FORMATS,
  SCREENING_OUTCOMES,
  type Screening,
} from '../../../../preload/contract/gig-section';
import type { ScreeningFields } from '../../domain/gig/gig-log';
import {
  dayField,
  dayFromText,
  textField,
  textFromDay,
  wholeNumberField,
  wholeNumberFromText,
  type FormLocales,
} from '../../domain/forms/typed-fields';

export interface ScreeningValues {
  platformId: string;
  format: Screening['format'];
  day: string;
  outcome: Screening['outcome'];
  retakeFrom: string;
  unpaidMinutes: string;
  note: string;
}

const MINUTES = { min: 0, max: GIG_LIMITS.minutesPerDay };

export function blankScreening(platformId: string): ScreeningValues {
  return {
    platformId,
    format: 'ai-interview',
    day: '',
    outcome: 'pending',
    retakeFrom: '',
    unpaidMinutes: '',
    note: '',
  };
}

export function screeningSchema(locales: FormLocales) {
  return z
    .object({
      platformId: z.string().min(1, 'errors.required'),
      format: z.enum(SCREENING_FORMATS),
      day: dayField(locales.dateLocale, { required: true }),
      outcome: z.enum(SCREENING_OUTCOMES),
      retakeFrom: dayField(locales.dateLocale),
      unpaidMinutes: wholeNumberField(MINUTES, { optional: true }),
      note: textField(GIG_LIMITS.note),
    })
    .superRefine((values, context) => {
      const day = dayFromText(values.day, locales.dateLocale);
      const retake = dayFromText(values.retakeFrom, locales.dateLocale);
      // ISO days compare as text; the contract refuses a re-take on or before the screening.
      if (day !== null && retake !== null && retake <= day)
        context.addIssue({ code: 'custom', path: ['retakeFrom'], message: 'gig.screenings.retakeBefore' });
    });
}

export function toScreeningValues(screening: Screening, locales: FormLocales): ScreeningValues {
  return {
    platformId: screening.platformId,
    format: screening.format,
    day: textFromDay(screening.day, locales.dateLocale),
    outcome: screening.outcome,
    retakeFrom: textFromDay(screening.retakeFrom, locales.dateLocale),
    unpaidMinutes: screening.unpaidMinutes === 0 ? '' : String(screening.unpaidMinutes),
    note: screening.note,
  };
}

/** Values the schema accepted → the saved fields (ISO days, whole minutes, trimmed note). */
export function toScreeningFields(values: ScreeningValues, locales: FormLocales): ScreeningFields {
  return {
    platformId: values.platformId,
    format: values.format,
    day: dayFromText(values.day, locales.dateLocale) ?? '',
    outcome: values.outcome,
    retakeFrom: dayFromText(values.retakeFrom, locales.dateLocale),
    unpaidMinutes: wholeNumberFromText(values.unpaidMinutes, MINUTES) ?? 0,
    note: values.note.trim(),
  };
}
