/**
 * The applications section: each application with a dated history of every stage it went
 * through (kept after a rejection), the user's stages (renamed, added, reordered, archived
 * rather than deleted so history keeps its names), and the follow-up settings.
 */
import { z } from 'zod';
import { CURRENCY_CODES, SCAM_SIGN_CODES } from './document-enums';
import { idSchema } from './skills-section';

const isoDay = z.iso.date();
const text = (max: number) => z.string().trim().max(max);

export const STAGE_KINDS = ['open', 'won', 'closed'] as const;

/** A stage's own name, named once: the schema below and the stage settings read it. */
export const STAGE_NAME_MAX = 60;
/** Stages in the section, archived ones included. */
export const MAX_STAGES = 30;

export const stageSchema = z.strictObject({
  id: idSchema,
  /** null: the built-in stage's translated name; otherwise the user's own name. */
  name: text(STAGE_NAME_MAX).nullable(),
  kind: z.enum(STAGE_KINDS),
  archived: z.boolean(),
});
export type Stage = z.infer<typeof stageSchema>;

export const PAY_UNITS = ['hour', 'task', 'month', 'year'] as const;
export const CONTRACT_TYPES = ['freelance', 'fixed-term', 'part-time', 'full-time', 'other'] as const;
export type PayUnit = (typeof PAY_UNITS)[number];
export type ContractType = (typeof CONTRACT_TYPES)[number];

/** An application's limits, named once: the schema below and the application form both read them. */
export const APPLICATION_LIMITS = {
  organisation: 160,
  role: 160,
  source: 160,
  link: 500,
  payMinor: 100_000_000,
  unitsPerWeek: 168,
  location: 160,
  historyNote: 500,
  nextAction: 300,
  contacts: 30,
  contact: { name: 120, role: 120, email: 200, phone: 60, notes: 1000 },
  assessments: 30,
  assessment: { kind: 120, result: 300 },
  resumeVersion: 260,
  notes: 4000,
  tags: 20,
  tag: 40,
  likelihood: { min: 0, max: 100 },
} as const;
const L = APPLICATION_LIMITS;

// Schema-free (document-enums.ts): the applications store uses it at start-up, without zod.
export { SCAM_SIGN_CODES, type ScamSignCode } from './document-enums';

export const applicationSchema = z.strictObject({
  id: idSchema,
  organisation: text(L.organisation).min(1),
  role: text(L.role),
  domainId: idSchema.nullable(),
  source: text(L.source),
  link: text(L.link),
  pay: z
    .strictObject({
      minMinor: z.int().min(0).max(L.payMinor),
      maxMinor: z.int().min(0).max(L.payMinor).nullable(),
      unit: z.enum(PAY_UNITS),
      currency: z.enum(CURRENCY_CODES),
      /** Hours a week for hourly pay, tasks a week for per-task pay; null when not given. */
      unitsPerWeek: z.number().min(0).max(L.unitsPerWeek).nullable(),
    })
    .nullable(),
  contract: z.enum(CONTRACT_TYPES),
  location: text(L.location),
  remote: z.boolean(),
  foundOn: isoDay.nullable(),
  appliedOn: isoDay.nullable(),
  deadline: isoDay.nullable(),
  stageId: idSchema,
  history: z.array(z.strictObject({ stageId: idSchema, on: isoDay, note: text(L.historyNote) })).max(200),
  nextAction: text(L.nextAction),
  nextActionDue: isoDay.nullable(),
  contacts: z
    .array(
      z.strictObject({
        name: text(L.contact.name),
        role: text(L.contact.role),
        email: text(L.contact.email),
        phone: text(L.contact.phone),
        notes: text(L.contact.notes),
        lastContacted: isoDay.nullable(),
      }),
    )
    .max(L.contacts),
  assessments: z
    .array(
      z.strictObject({
        kind: text(L.assessment.kind),
        deadline: isoDay.nullable(),
        result: text(L.assessment.result),
      }),
    )
    .max(L.assessments),
  resumeVersion: text(L.resumeVersion),
  notes: text(L.notes),
  tags: z.array(text(L.tag)).max(L.tags),
  /** For offers and expected offers: when pay would start and how likely (0–100). */
  expectedStart: isoDay.nullable(),
  likelihood: z.int().min(L.likelihood.min).max(L.likelihood.max).nullable(),
  /** Warning signs of a scam the user ticked (renderer/src/domain/gig/scam-check.ts). */
  scamSigns: z
    .array(z.enum(SCAM_SIGN_CODES))
    .max(SCAM_SIGN_CODES.length)
    .refine((list) => new Set(list).size === list.length, 'each sign at most once'),
});
export type Application = z.infer<typeof applicationSchema>;

/**
 * Far beyond any real search. A larger file must load (slower), never be quarantined for
 * its size: storage validates 20,000 applications at start-up within its 300 ms budget and
 * saves one change without re-reading the others (bench/storage.bench.ts).
 */
export const MAX_APPLICATIONS = 50_000;

/**
 * The follow-up settings' ranges, named once: the section schema below and the reminder
 * settings form both read them. Ghosting needs a longer silence than the follow-up delay.
 */
export const APPLICATIONS_SETTINGS_LIMITS = {
  followUpDays: { min: 1, max: 90 },
  ghostDays: { min: 2, max: 180 },
  weeklyGoal: { min: 0, max: 200 },
} as const;
const S = APPLICATIONS_SETTINGS_LIMITS;

export const applicationsSectionSchema = z.strictObject({
  applications: z.array(applicationSchema).max(MAX_APPLICATIONS),
  stages: z.array(stageSchema).min(1).max(MAX_STAGES),
  settings: z.strictObject({
    followUpDays: z.int().min(S.followUpDays.min).max(S.followUpDays.max),
    ghostDays: z.int().min(S.ghostDays.min).max(S.ghostDays.max),
    weeklyGoal: z.int().min(S.weeklyGoal.min).max(S.weeklyGoal.max),
  }),
});
export type ApplicationsSection = z.infer<typeof applicationsSectionSchema>;

export { DEFAULT_STAGES } from './section-defaults';

/** Its empty value lives beside the others, schema-free (section-defaults.ts). */
export { emptyApplicationsSection } from './section-defaults';
