/**
 * The applications section: each application with a dated history of every stage it went
 * through (kept after a rejection), the user's stages (renamed, added, reordered, archived
 * rather than deleted so history keeps its names), and the follow-up settings.
 */
import { z } from 'zod';
import { CURRENCY_CODES } from './document-enums';
import { idSchema } from './skills-section';

const isoDay = z.iso.date();
const text = (max: number) => z.string().trim().max(max);

export const STAGE_KINDS = ['open', 'won', 'closed'] as const;

export const stageSchema = z.strictObject({
  id: idSchema,
  /** null: the built-in stage's translated name; otherwise the user's own name. */
  name: text(60).nullable(),
  kind: z.enum(STAGE_KINDS),
  archived: z.boolean(),
});
export type Stage = z.infer<typeof stageSchema>;

export const PAY_UNITS = ['hour', 'task', 'month', 'year'] as const;
export const CONTRACT_TYPES = ['freelance', 'fixed-term', 'part-time', 'full-time', 'other'] as const;
export type PayUnit = (typeof PAY_UNITS)[number];
export type ContractType = (typeof CONTRACT_TYPES)[number];

export const applicationSchema = z.strictObject({
  id: idSchema,
  organisation: text(160).min(1),
  role: text(160),
  domainId: idSchema.nullable(),
  source: text(160),
  link: text(500),
  pay: z
    .strictObject({
      minMinor: z.int().min(0).max(100_000_000),
      maxMinor: z.int().min(0).max(100_000_000).nullable(),
      unit: z.enum(PAY_UNITS),
      currency: z.enum(CURRENCY_CODES),
      /** Hours a week for hourly pay, tasks a week for per-task pay; null when not given. */
      unitsPerWeek: z.number().min(0).max(168).nullable(),
    })
    .nullable(),
  contract: z.enum(CONTRACT_TYPES),
  location: text(160),
  remote: z.boolean(),
  foundOn: isoDay.nullable(),
  appliedOn: isoDay.nullable(),
  deadline: isoDay.nullable(),
  stageId: idSchema,
  history: z.array(z.strictObject({ stageId: idSchema, on: isoDay, note: text(500) })).max(200),
  nextAction: text(300),
  nextActionDue: isoDay.nullable(),
  contacts: z
    .array(
      z.strictObject({
        name: text(120),
        role: text(120),
        email: text(200),
        phone: text(60),
        notes: text(1000),
        lastContacted: isoDay.nullable(),
      }),
    )
    .max(30),
  assessments: z
    .array(z.strictObject({ kind: text(120), deadline: isoDay.nullable(), result: text(300) }))
    .max(30),
  resumeVersion: text(260),
  notes: text(4000),
  tags: z.array(text(40)).max(20),
  /** For offers and expected offers: when pay would start and how likely (0–100). */
  expectedStart: isoDay.nullable(),
  likelihood: z.int().min(0).max(100).nullable(),
});
export type Application = z.infer<typeof applicationSchema>;

/**
 * Far beyond any real search. A larger file must load (slower), never be quarantined for
 * its size: storage validates 20,000 applications at start-up within its 300 ms budget and
 * saves one change without re-reading the others (bench/storage.bench.ts).
 */
export const MAX_APPLICATIONS = 50_000;

export const applicationsSectionSchema = z.strictObject({
  applications: z.array(applicationSchema).max(MAX_APPLICATIONS),
  stages: z.array(stageSchema).min(1).max(30),
  settings: z.strictObject({
    followUpDays: z.int().min(1).max(90),
    ghostDays: z.int().min(2).max(180),
    weeklyGoal: z.int().min(0).max(200),
  }),
});
export type ApplicationsSection = z.infer<typeof applicationsSectionSchema>;

/** Saved → Applied → Screening → Interview → Offer → Accepted, plus the three endings. */
export const DEFAULT_STAGES: Stage[] = [
  { id: 'saved', name: null, kind: 'open', archived: false },
  { id: 'applied', name: null, kind: 'open', archived: false },
  { id: 'screening', name: null, kind: 'open', archived: false },
  { id: 'interview', name: null, kind: 'open', archived: false },
  { id: 'offer', name: null, kind: 'open', archived: false },
  { id: 'accepted', name: null, kind: 'won', archived: false },
  { id: 'rejected', name: null, kind: 'closed', archived: false },
  { id: 'withdrawn', name: null, kind: 'closed', archived: false },
  { id: 'ghosted', name: null, kind: 'closed', archived: false },
];

export function emptyApplicationsSection(): ApplicationsSection {
  return {
    applications: [],
    stages: DEFAULT_STAGES.map((stage) => ({ ...stage })),
    settings: { followUpDays: 7, ghostDays: 21, weeklyGoal: 5 },
  };
}
