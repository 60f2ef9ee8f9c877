/**
 * Runtime validators for every invoke channel's request. Main runs these on each message
 * before a handler sees it; the mapped type makes a missing channel a compile error.
 */
import { z } from 'zod';
import { BACKUP_LIMIT_BYTES } from './backup-limits';
import type { InvokeChannel, RequestOf } from './channels';
import { preferencesSchema, profileSchema } from './document';
import { applicationSchema, applicationsSectionSchema } from './applications-section';
import { idSchema } from './skills-section';
import { budgetSectionSchema } from './budget-section';
import { pathSectionSchema } from './path-section';
import { skillsSectionSchema } from './skills-section';
import { summarySectionSchema } from './summary-section';
import { gigSectionSchema } from './gig-section';
import { claimantSectionSchema } from './claimant-section';

const sectionUpdateSchema = z.discriminatedUnion('section', [
  z.strictObject({ section: z.literal('profile'), value: profileSchema }),
  z.strictObject({ section: z.literal('preferences'), value: preferencesSchema }),
  z.strictObject({ section: z.literal('skills'), value: skillsSectionSchema }),
  z.strictObject({ section: z.literal('path'), value: pathSectionSchema }),
  z.strictObject({ section: z.literal('applications'), value: applicationsSectionSchema }),
  z.strictObject({ section: z.literal('budget'), value: budgetSectionSchema }),
  z.strictObject({ section: z.literal('summary'), value: summarySectionSchema }),
  z.strictObject({ section: z.literal('gig'), value: gigSectionSchema }),
  z.strictObject({ section: z.literal('claimant'), value: claimantSectionSchema }),
]);

const applicationPatchSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('put'), application: applicationSchema }),
  z.strictObject({ op: z.literal('remove'), id: idSchema }),
]);

const noArgument = z.undefined();

/** A plain file name: no folders, nothing hidden, no characters Windows refuses. */
const fileNameSchema = z
  .string()
  .min(1)
  .max(120)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what it refuses
  .regex(/^[^\\/:*?"<>|\u0000-\u001f]+$/, 'a file name without folders')
  .refine((name) => !name.startsWith('.'), 'not a hidden file');

/** Far above a summary of 2,000 applications (about 1 MB), far below a memory problem. */
export const MAX_EXPORT_CHARACTERS = 16 * 1024 * 1024;
const exportText = z.string().max(MAX_EXPORT_CHARACTERS);
const TEXT_EXTENSIONS = { markdown: '.md', csv: '.csv', ics: '.ics' } as const;
/** The restore limit, counted in UTF-16 units here and again in bytes by readBackup. */
const backupText = z.string().max(BACKUP_LIMIT_BYTES);

export const requestSchemas: { [C in InvokeChannel]: z.ZodType<RequestOf<C>> } = {
  'document:load': noArgument,
  'document:first-frame': noArgument,
  'document:save-section': sectionUpdateSchema,
  'document:patch-application': applicationPatchSchema,
  'document:flush': noArgument,
  'shell:open-external': z.string().max(2048),
  'app:get-info': noArgument,
  'app:report-error': z.strictObject({
    where: z.string().max(100),
    message: z.string().max(1000),
  }),
  'files:save-text': z
    .strictObject({ kind: z.enum(['markdown', 'csv', 'ics']), fileName: fileNameSchema, content: exportText })
    // The name's extension must say what the file is, so a save never lands as another type.
    .refine((request) => request.fileName.toLowerCase().endsWith(TEXT_EXTENSIONS[request.kind]), {
      message: 'the file name must end with the extension of its kind',
      path: ['fileName'],
    }),
  'files:save-pdf': z.strictObject({
    fileName: fileNameSchema.refine((name) => name.toLowerCase().endsWith('.pdf'), 'a .pdf file name'),
    html: exportText,
    paper: z.enum(['A4', 'Letter']),
  }),
  'backup:save': noArgument,
  'backup:inspect': backupText,
  'backup:restore': backupText,
};
