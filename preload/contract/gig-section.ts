/**
 * The gig log (issue 14): platforms, the work done on them (paid and unpaid time, pay rate,
 * payouts), their screenings, and how the user's gig income is taxed. Amounts are integer minor units in the entry's own currency;
 * the home-currency figures are derived with the budget's dated rates, never stored.
 */
import { z } from 'zod';
import { CURRENCY_CODES } from './document-enums';
import { idSchema } from './skills-section';

const isoDay = z.iso.date();
const MINUTES_PER_DAY = 24 * 60;

/** The gig log's limits, named once: the schemas below, the forms and the import read them. */
export const GIG_LIMITS = {
  name: 80,
  project: 120,
  note: 500,
  platforms: 30,
  /** Ten years of three entries a working day: more than any real log. */
  workEntries: 10_000,
  screenings: 300,
  minutesPerDay: MINUTES_PER_DAY,
  tasksPerEntry: 100_000,
  /** A rate, a project fee or a payout: at most 1,000,000.00, far below overflow in sums. */
  amountMinor: 1_000_000_00,
} as const;
const L = GIG_LIMITS;

export const GIG_PAY_UNITS = ['hour', 'task', 'project'] as const;
export type GigPayUnit = (typeof GIG_PAY_UNITS)[number];

/** Unpaid time the platforms ask for (tutor-domains.md: unpaid onboarding, "empty queue" waits). */
export const UNPAID_KINDS = ['onboarding', 'assessment', 'waiting'] as const;
export type UnpaidKind = (typeof UNPAID_KINDS)[number];

export const SCREENING_FORMATS = ['ai-interview', 'skills-test', 'credential-check', 'other'] as const;
export const SCREENING_OUTCOMES = ['pending', 'passed', 'failed', 'withdrawn'] as const;

const label = (max: number) => z.string().trim().max(max);
const minutes = z.int().min(0).max(L.minutesPerDay);
const money = z.int().min(0).max(L.amountMinor);

export const gigPlatformSchema = z.strictObject({
  id: idSchema,
  name: label(L.name).min(1),
  /** The currency it usually pays in; each entry keeps its own. */
  currency: z.enum(CURRENCY_CODES),
  notes: label(L.note),
});
export type GigPlatform = z.infer<typeof gigPlatformSchema>;

export const unpaidMinutesSchema = z.strictObject({
  onboarding: minutes,
  assessment: minutes,
  waiting: minutes,
});
export type UnpaidMinutes = z.infer<typeof unpaidMinutesSchema>;

export const payoutSchema = z.strictObject({
  /** What reached the user's account. */
  receivedMinor: money,
  /** What the platform or the transfer kept (Stripe, Deel, a currency spread). */
  feesMinor: money,
});

export const workEntrySchema = z
  .strictObject({
    id: idSchema,
    platformId: idSchema,
    project: label(L.project),
    day: isoDay,
    paidMinutes: minutes,
    unpaidMinutes: unpaidMinutesSchema,
    tasks: z.int().min(0).max(L.tasksPerEntry),
    rate: z.strictObject({ amountMinor: money, unit: z.enum(GIG_PAY_UNITS) }),
    currency: z.enum(CURRENCY_CODES),
    /** The day the platform paid, or null while it is owed. */
    paidOn: isoDay.nullable(),
    payout: payoutSchema.nullable(),
    note: label(L.note),
  })
  .refine(
    (entry) =>
      entry.paidMinutes + UNPAID_KINDS.reduce((sum, kind) => sum + entry.unpaidMinutes[kind], 0) <=
      MINUTES_PER_DAY,
    { message: 'a day holds at most 24 hours', path: ['paidMinutes'] },
  );
export type WorkEntry = z.infer<typeof workEntrySchema>;

export const screeningSchema = z
  .strictObject({
    id: idSchema,
    platformId: idSchema,
    format: z.enum(SCREENING_FORMATS),
    day: isoDay,
    outcome: z.enum(SCREENING_OUTCOMES),
    /** When a failed screening may be taken again, if the platform said. */
    retakeFrom: isoDay.nullable(),
    unpaidMinutes: minutes,
    note: label(L.note),
  })
  .refine((screening) => screening.retakeFrom === null || screening.retakeFrom > screening.day, {
    message: 'a retake comes after the screening',
    path: ['retakeFrom'],
  });
export type Screening = z.infer<typeof screeningSchema>;

/** Every tax parameter the user may override (renderer/src/domain/gig/tax-parameters.ts). */
export const GIG_TAX_PARAMETER_KEYS = [
  'bncServicesBasisPoints',
  'bicServicesBasisPoints',
  'trainingBncBasisPoints',
  'trainingBicBasisPoints',
  'netEarningsBasisPoints',
  'socialSecurityBasisPoints',
  'medicareBasisPoints',
  'minimumNetEarningsMinor',
  'socialSecurityWageBaseMinor',
  'quarterlyThresholdMinor',
  'unemploymentWithholdingBasisPoints',
] as const;
export type GigTaxParameterKey = (typeof GIG_TAX_PARAMETER_KEYS)[number];

/** France's micro-entrepreneur activity: liberal services (BNC) or commercial services (BIC). */
export const MICRO_ACTIVITIES = ['bnc', 'bic-services'] as const;

export const gigTaxesSchema = z.strictObject({
  microActivity: z.enum(MICRO_ACTIVITIES),
  /** US: 10 % federal tax withheld from unemployment benefits (Form W-4V), if asked for. */
  withholdUnemployment: z.boolean(),
  /** The user's own figures where theirs differ from ours; a missing key uses the default. */
  overrides: z.partialRecord(z.enum(GIG_TAX_PARAMETER_KEYS), z.int().min(0).max(10_000_000_00)),
});
export type GigTaxes = z.infer<typeof gigTaxesSchema>;

export const gigSectionSchema = z
  .strictObject({
    platforms: z.array(gigPlatformSchema).max(L.platforms),
    entries: z.array(workEntrySchema).max(L.workEntries),
    screenings: z.array(screeningSchema).max(L.screenings),
    taxes: gigTaxesSchema,
  })
  .superRefine((section, context) => {
    const ids = new Set(section.platforms.map((platform) => platform.id));
    if (ids.size !== section.platforms.length)
      context.addIssue({ code: 'custom', message: 'platform ids are unique', path: ['platforms'] });
    const check = (list: 'entries' | 'screenings', items: readonly { id: string; platformId: string }[]) => {
      if (new Set(items.map((item) => item.id)).size !== items.length)
        context.addIssue({ code: 'custom', message: 'ids are unique', path: [list] });
      items.forEach((item, index) => {
        if (!ids.has(item.platformId))
          context.addIssue({
            code: 'custom',
            message: 'unknown platform',
            path: [list, index, 'platformId'],
          });
      });
    };
    check('entries', section.entries);
    check('screenings', section.screenings);
  });
export type GigSection = z.infer<typeof gigSectionSchema>;

/** Its empty value lives beside the others, schema-free (section-defaults.ts). */
export { emptyGigSection } from './section-defaults';
