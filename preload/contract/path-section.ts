/**
 * The path section: milestones the user works through, and how their weeks are shaped
 * (start date, per-week hour overrides, blackout weeks), plus the accepted baseline that
 * "behind schedule" is measured against. Schedules themselves are derived, never stored.
 */
import { z } from 'zod';
import { CURRENCY_CODES } from './document-enums';
import { idSchema } from './skills-section';

export const MILESTONE_KINDS = [
  'learn',
  'practise',
  'credential',
  'portfolio',
  'screening-prep',
  'apply',
] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

export const MILESTONE_STATUSES = ['todo', 'doing', 'done', 'skipped'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

const isoDay = z.iso.date();

/** The milestone's limits, named once: the schema below and the path's forms both read them. */
export const MILESTONE_LIMITS = {
  title: 160,
  effortHours: { min: 1, max: 2000 },
  costMinor: 10_000_000,
  link: 500,
  notes: 2000,
  evidence: 500,
} as const;

/** A week's own hours (a week that differs from the profile's usual hours), named once. */
export const WEEK_LIMITS = {
  hours: { min: 0, max: 80 },
} as const;

export const milestoneSchema = z.strictObject({
  id: idSchema,
  title: z.string().trim().min(1).max(MILESTONE_LIMITS.title),
  kind: z.enum(MILESTONE_KINDS),
  skillIds: z.array(idSchema).max(10),
  /** The target domains this milestone brings closer. */
  domainIds: z.array(idSchema).max(2),
  effortHours: z.int().min(MILESTONE_LIMITS.effortHours.min).max(MILESTONE_LIMITS.effortHours.max),
  cost: z
    .strictObject({
      amountMinor: z.int().min(0).max(MILESTONE_LIMITS.costMinor),
      currency: z.enum(CURRENCY_CODES),
      paidOn: isoDay.nullable(),
    })
    .nullable(),
  prerequisites: z.array(idSchema).max(20),
  status: z.enum(MILESTONE_STATUSES),
  /** Logged in quarter hours at most, so sums stay exact. */
  hoursLogged: z.number().min(0).max(5000).multipleOf(0.25),
  link: z.string().trim().max(MILESTONE_LIMITS.link),
  notes: z.string().trim().max(MILESTONE_LIMITS.notes),
  evidence: z.string().trim().max(MILESTONE_LIMITS.evidence),
  /** True while the milestone is as the generator wrote it; editing it clears this. */
  generated: z.boolean(),
});
export type Milestone = z.infer<typeof milestoneSchema>;

export const pathSectionSchema = z.strictObject({
  milestones: z.array(milestoneSchema).max(400),
  startDate: isoDay.nullable(),
  weekOverrides: z
    .array(
      z.strictObject({
        weekStart: isoDay,
        hours: z.int().min(WEEK_LIMITS.hours.min).max(WEEK_LIMITS.hours.max),
      }),
    )
    .max(520),
  blackoutWeeks: z.array(isoDay).max(520),
  baseline: z
    .strictObject({
      acceptedOn: isoDay,
      loggedHours: z.number().min(0),
      plannedWeeks: z.array(z.strictObject({ weekStart: isoDay, hours: z.number().min(0) })).max(520),
    })
    .nullable(),
});
export type PathSection = z.infer<typeof pathSectionSchema>;

/** Its empty value lives beside the others, schema-free (section-defaults.ts). */
export { emptyPathSection } from './section-defaults';
