/**
 * The skills section of the saved document: the user's ratings with evidence, their own
 * skills and domains, edits to built-in domains, gates they meet, targets, and what they
 * imported from a JSON Resume. The catalogue itself is app data (renderer/src/domain/catalogue).
 */
import { z } from 'zod';

export const SKILL_LEVELS = [0, 1, 2, 3, 4] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

const isoDay = z.iso.date();
/** Catalogue ids and user ids alike: lower-case words joined by dashes. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and dashes')
  .max(64);
const level = z.int().min(0).max(4);

/** The skills section's limits, named once: the schemas below and the skills forms read them. */
export const SKILLS_LIMITS = {
  years: { min: 0, max: 60, step: 0.5 },
  certificate: 160,
  portfolioUrl: 500,
  note: 1000,
  name: 80,
  description: 2000,
  requirements: 40,
  weight: { min: 1, max: 5 },
  level: { min: 1, max: 4 },
  gates: 10,
  gateLabel: 160,
} as const;
const S = SKILLS_LIMITS;

export const skillRatingSchema = z.strictObject({
  skillId: idSchema,
  level,
  years: z.number().min(S.years.min).max(S.years.max).multipleOf(S.years.step).nullable(),
  certificate: z.string().trim().max(S.certificate),
  certificateDate: isoDay.nullable(),
  portfolioUrl: z.string().trim().max(S.portfolioUrl),
  note: z.string().trim().max(S.note),
});
export type SkillRating = z.infer<typeof skillRatingSchema>;

export const customSkillSchema = z.strictObject({ id: idSchema, name: z.string().trim().min(1).max(S.name) });
export type CustomSkill = z.infer<typeof customSkillSchema>;

export const requirementSchema = z.strictObject({
  skillId: idSchema,
  weight: z.int().min(S.weight.min).max(S.weight.max),
  level: z.int().min(S.level.min).max(S.level.max),
});
export type Requirement = z.infer<typeof requirementSchema>;

export const customDomainSchema = z.strictObject({
  id: idSchema,
  name: z.string().trim().min(1).max(S.name),
  description: z.string().trim().max(S.description),
  required: z.array(requirementSchema).min(1).max(S.requirements),
  optional: z.array(requirementSchema).max(S.requirements),
  gates: z
    .array(
      z.strictObject({
        id: idSchema,
        kind: z.enum(['hard', 'soft']),
        label: z.string().trim().min(1).max(S.gateLabel),
      }),
    )
    .max(S.gates),
});
export type CustomDomain = z.infer<typeof customDomainSchema>;

/** A user's edit of a built-in domain's skills; the catalogue's texts stay bilingual. */
export const domainOverrideSchema = z.strictObject({
  domainId: idSchema,
  catalogueVersion: z.string().max(20),
  required: z.array(requirementSchema).min(1).max(S.requirements),
  optional: z.array(requirementSchema).max(S.requirements),
});
export type DomainOverride = z.infer<typeof domainOverrideSchema>;

export const languagePairSchema = z.strictObject({
  from: z.string().regex(/^[a-z]{2}$/),
  to: z.string().regex(/^[a-z]{2}$/),
});
export type LanguagePair = z.infer<typeof languagePairSchema>;

const backgroundEntry = z.strictObject({
  title: z.string().trim().max(160),
  organisation: z.string().trim().max(160),
  startDate: z.string().max(10),
  endDate: z.string().max(10),
});

export const skillsSectionSchema = z.strictObject({
  ratings: z.array(skillRatingSchema).max(600),
  customSkills: z.array(customSkillSchema).max(300),
  customDomains: z.array(customDomainSchema).max(50),
  domainOverrides: z.array(domainOverrideSchema).max(60),
  /** `domainId/gateId` of gates the user says they meet. */
  gatesMet: z.array(z.string().max(130)).max(300),
  targets: z.array(idSchema).max(2),
  languagePairs: z.array(languagePairSchema).max(6),
  /** Skills suggested by a former role or an import, waiting for the user to confirm. */
  suggestions: z.array(z.strictObject({ skillId: idSchema, level, source: z.string().max(80) })).max(300),
  background: z.strictObject({
    work: z.array(backgroundEntry).max(60),
    education: z.array(backgroundEntry).max(30),
    certificates: z.array(backgroundEntry).max(60),
  }),
});
export type SkillsSection = z.infer<typeof skillsSectionSchema>;

/** Its empty value lives beside the others, schema-free (section-defaults.ts). */
export { emptySkillsSection } from './section-defaults';
