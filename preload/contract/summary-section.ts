/**
 * What the user chose for the counsellor summary (issue 7): which parts to include, the
 * export's own language, the privacy switch, and the two texts only they can write (their
 * constraints and a free note). Kept in the document so a note typed today is there next week.
 */
import { z } from 'zod';
import { LANGUAGES, SUMMARY_SECTIONS } from './document-enums';

export { SUMMARY_SECTIONS };

export type SummarySection = (typeof SUMMARY_SECTIONS)[number];

export const MAX_SUMMARY_TEXT = 4000;

/**
 * How far back the summary's job-search log goes, in months (null: everything). A counsellor
 * reviews what happened since the last meeting; the whole log stays available as CSV.
 */
export const LOG_PERIODS = [1, 3, 12, null] as const;
export type LogPeriod = (typeof LOG_PERIODS)[number];

export const summarySectionSchema = z.strictObject({
  include: z
    .array(z.enum(SUMMARY_SECTIONS))
    .max(SUMMARY_SECTIONS.length)
    .refine((list) => new Set(list).size === list.length, 'each part at most once'),
  /** null: the summary follows the interface language. */
  language: z.enum(LANGUAGES).nullable(),
  hideAmounts: z.boolean(),
  logMonths: z.union([z.literal(1), z.literal(3), z.literal(12), z.null()]),
  constraints: z.string().max(MAX_SUMMARY_TEXT),
  note: z.string().max(MAX_SUMMARY_TEXT),
});
export type SummarySettings = z.infer<typeof summarySectionSchema>;

/** Its empty value lives beside the others, schema-free (section-defaults.ts). */
export { emptySummarySection } from './section-defaults';
