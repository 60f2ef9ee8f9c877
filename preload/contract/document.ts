/**
 * The saved document: one versioned object holding everything the user keeps.
 *
 * The same schema validates the file on load, every save, and (later) every import, so a
 * document that passes here is the only kind that ever reaches the disk.
 * Bump CURRENT_SCHEMA_VERSION and add a migration in main/services/storage/migrations.ts
 * whenever the shape changes, and also when a rule tightens (a lower limit, a new refine):
 * start-up trusts a data file compaction wrote under the same version without checking it
 * again (main/services/storage/load-journal.ts), so only a new version re-checks old files.
 */
import { z } from 'zod';
import { applicationsSectionSchema, emptyApplicationsSection } from './applications-section';
import { budgetSectionSchema, emptyBudgetSection } from './budget-section';
import { claimantSectionSchema, emptyClaimantSection } from './claimant-section';
import { emptyGigSection, gigSectionSchema } from './gig-section';
import { emptyPathSection, pathSectionSchema } from './path-section';
import { emptySkillsSection, skillsSectionSchema } from './skills-section';
import { emptySummarySection, summarySectionSchema } from './summary-section';

export const CURRENT_SCHEMA_VERSION = 8;

export {
  COUNTRY_CODES,
  CURRENCY_CODES,
  LANGUAGES,
  THEMES,
  type CountryCode,
  type CurrencyCode,
  type Language,
  type ThemeChoice,
} from './document-enums';
import { COUNTRY_CODES, CURRENCY_CODES, LANGUAGES, THEMES } from './document-enums';

/** A calendar day, stored as ISO `YYYY-MM-DD` (no time zone to drift). */
export const isoDateSchema = z.iso.date();

/** The largest amount anywhere, in minor units: a billion in the currency. */
export const MONEY_MAX_MINOR = 100_000_000_00;

/** Money is always an integer count of the currency's minor unit (cents). */
export const moneySchema = z.strictObject({
  amountMinor: z.int().min(0).max(MONEY_MAX_MINOR),
  currency: z.enum(CURRENCY_CODES),
});
export type Money = z.infer<typeof moneySchema>;

/** The profile's limits, named once: the schema below and the profile form both read them. */
export const PROFILE_LIMITS = {
  name: 120,
  previousRole: 160,
  previousEmployer: 160,
  hoursPerWeek: { min: 0, max: 80 },
} as const;

export const profileSchema = z.strictObject({
  name: z.string().trim().max(PROFILE_LIMITS.name),
  country: z.enum(COUNTRY_CODES),
  layoffDate: isoDateSchema.nullable(),
  lastPaidDay: isoDateSchema.nullable(),
  previousRole: z.string().trim().max(PROFILE_LIMITS.previousRole),
  previousEmployer: z.string().trim().max(PROFILE_LIMITS.previousEmployer),
  previousMonthlyPay: moneySchema.nullable(),
  hoursPerWeek: z.int().min(PROFILE_LIMITS.hoursPerWeek.min).max(PROFILE_LIMITS.hoursPerWeek.max),
  /** When the user finished first-run onboarding; null until then. */
  onboardedAt: z.iso.datetime().nullable(),
});
export type Profile = z.infer<typeof profileSchema>;

export const preferencesSchema = z.strictObject({
  language: z.enum(LANGUAGES),
  theme: z.enum(THEMES),
});
export type Preferences = z.infer<typeof preferencesSchema>;

export const plannerDocumentSchema = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  profile: profileSchema,
  preferences: preferencesSchema,
  skills: skillsSectionSchema,
  path: pathSectionSchema,
  applications: applicationsSectionSchema,
  budget: budgetSectionSchema,
  summary: summarySectionSchema,
  gig: gigSectionSchema,
  claimant: claimantSectionSchema,
});
export type PlannerDocument = z.infer<typeof plannerDocumentSchema>;

export function createDefaultDocument(): PlannerDocument {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    profile: {
      name: '',
      country: 'US',
      layoffDate: null,
      lastPaidDay: null,
      previousRole: '',
      previousEmployer: '',
      previousMonthlyPay: null,
      hoursPerWeek: 15,
      onboardedAt: null,
    },
    preferences: { language: 'en', theme: 'system' },
    skills: emptySkillsSection(),
    path: emptyPathSection(),
    applications: emptyApplicationsSection(),
    budget: emptyBudgetSection(),
    summary: emptySummarySection(),
    gig: emptyGigSection(),
    claimant: emptyClaimantSection(),
  };
}
