/**
 * Runtime validators for every invoke channel's request. Main runs these on each message
 * before a handler sees it; the mapped type makes a missing channel a compile error.
 */
import { z } from 'zod';
import type { InvokeChannel, RequestOf } from './channels';
import { preferencesSchema, profileSchema } from './document';
import { applicationSchema, applicationsSectionSchema } from './applications-section';
import { idSchema } from './skills-section';
import { budgetSectionSchema } from './budget-section';
import { pathSectionSchema } from './path-section';
import { skillsSectionSchema } from './skills-section';

const sectionUpdateSchema = z.discriminatedUnion('section', [
  z.strictObject({ section: z.literal('profile'), value: profileSchema }),
  z.strictObject({ section: z.literal('preferences'), value: preferencesSchema }),
  z.strictObject({ section: z.literal('skills'), value: skillsSectionSchema }),
  z.strictObject({ section: z.literal('path'), value: pathSectionSchema }),
  z.strictObject({ section: z.literal('applications'), value: applicationsSectionSchema }),
  z.strictObject({ section: z.literal('budget'), value: budgetSectionSchema }),
]);

const applicationPatchSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('put'), application: applicationSchema }),
  z.strictObject({ op: z.literal('remove'), id: idSchema }),
]);

const noArgument = z.undefined();

export const requestSchemas: { [C in InvokeChannel]: z.ZodType<RequestOf<C>> } = {
  'document:load': noArgument,
  'document:save-section': sectionUpdateSchema,
  'document:patch-application': applicationPatchSchema,
  'document:flush': noArgument,
  'shell:open-external': z.string().max(2048),
  'app:get-info': noArgument,
};
