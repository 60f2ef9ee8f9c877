/**
 * A claimant's duties (issue 14, point 6): the US state whose weekly work-search rule applies,
 * the user's own figures where their letter differs from the preset, and the work-search
 * activities they log for it (the fields states' logs ask for). France's monthly
 * actualisation needs no saved state: its figures come from the gig log.
 */
import { z } from 'zod';
import { idSchema } from './skills-section';

const isoDay = z.iso.date();

/** States with a dated, sourced preset (renderer/src/domain/gig/us-work-search-presets.ts). */
export const US_WORK_SEARCH_STATES = ['CT', 'NY', 'NE', 'TX'] as const;
export type UsWorkSearchState = (typeof US_WORK_SEARCH_STATES)[number];

export const WORK_SEARCH_KINDS = [
  'application',
  'interview',
  'employer-contact',
  'pre-hire-test',
  'job-fair',
  'workshop',
  'career-center',
  'networking',
  'profile-update',
  'other',
] as const;
export type WorkSearchKind = (typeof WORK_SEARCH_KINDS)[number];

/** The claimant section's limits, named once: the schema, the forms and the export read them. */
export const CLAIMANT_LIMITS = {
  activities: 5_000,
  activitiesPerWeek: { min: 1, max: 20 },
  weeklyActivityHours: { min: 0, max: 60 },
  employer: 120,
  position: 120,
  address: 200,
  phone: 40,
  websiteOrEmail: 200,
  contactPerson: 120,
  contactTitle: 120,
  method: 80,
  result: 200,
} as const;
const L = CLAIMANT_LIMITS;
const text = (max: number) => z.string().trim().max(max);

export const workSearchActivitySchema = z.strictObject({
  id: idSchema,
  day: isoDay,
  kind: z.enum(WORK_SEARCH_KINDS),
  employer: text(L.employer),
  position: text(L.position),
  address: text(L.address),
  phone: text(L.phone),
  websiteOrEmail: text(L.websiteOrEmail),
  contactPerson: text(L.contactPerson),
  contactTitle: text(L.contactTitle),
  /** How the contact was made: online, in person, by phone, by email, by post. */
  method: text(L.method),
  result: text(L.result),
});
export type WorkSearchActivityRecord = z.infer<typeof workSearchActivitySchema>;

export const claimantSectionSchema = z
  .strictObject({
    /** The US state whose rule applies; null outside the US or before the user chooses. */
    usState: z.enum(US_WORK_SEARCH_STATES).nullable(),
    /** The number on the user's own letter, when it differs from the state's preset. */
    activitiesPerWeek: z.int().min(L.activitiesPerWeek.min).max(L.activitiesPerWeek.max).nullable(),
    /** France: the weekly activity hours in the user's contrat d'engagement; null: 15 h. */
    weeklyActivityHours: z.int().min(L.weeklyActivityHours.min).max(L.weeklyActivityHours.max).nullable(),
    activities: z.array(workSearchActivitySchema).max(L.activities),
  })
  .refine((section) => new Set(section.activities.map((a) => a.id)).size === section.activities.length, {
    message: 'activity ids are unique',
    path: ['activities'],
  });
export type ClaimantSection = z.infer<typeof claimantSectionSchema>;

/** Its empty value lives beside the others, schema-free (section-defaults.ts). */
export { emptyClaimantSection } from './section-defaults';
