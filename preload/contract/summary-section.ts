/**
 * What the user chose for the counsellor summary (issue 7): which parts to include, the
 * export's own language, the privacy switch, and the two texts only they can write (their
 * constraints and a free note). Kept in the document so a note typed today is there next week.
 */
import { z } from 'zod';
import { LANGUAGES } from './document-enums';

export const SUMMARY_SECTIONS = ['situation', 'targets', 'plan', 'log', 'budget', 'note'] as const;
export type SummarySection = (typeof SUMMARY_SECTIONS)[number];

export const MAX_SUMMARY_TEXT = 4000;

export const summarySectionSchema = z.strictObject({
  include: z
    .array(z.enum(SUMMARY_SECTIONS))
    .max(SUMMARY_SECTIONS.length)
    .refine((list) => new Set(list).size === list.length, 'each part at most once'),
  /** null: the summary follows the interface language. */
  language: z.enum(LANGUAGES).nullable(),
  hideAmounts: z.boolean(),
  constraints: z.string().max(MAX_SUMMARY_TEXT),
  note: z.string().max(MAX_SUMMARY_TEXT),
});
export type SummarySettings = z.infer<typeof summarySectionSchema>;

export const emptySummarySection = (): SummarySettings => ({
  include: [...SUMMARY_SECTIONS],
  language: null,
  hideAmounts: false,
  constraints: '',
  note: '',
});
