/**
 * The budget section: money on hand, what comes in (one-off payments, benefits, side work,
 * new jobs), what goes out (monthly and one-off), the safety floor and the scenarios. Every
 * amount is an integer count of minor units (cents) in the profile's currency. Projections,
 * runway and verdicts are derived, never stored.
 */
import { z } from 'zod';
import { CURRENCY_CODES } from './document-enums';
import { idSchema } from './skills-section';

const isoDay = z.iso.date();

/** The budget's limits, named once: the schemas below and the budget's forms both read them. */
export const BUDGET_LIMITS = {
  label: 120,
  amountMinor: 100_000_000_00,
  percent: { min: 0, max: 100 },
  netPercent: { min: 1, max: 100 },
  payments: { min: 1, max: 160 },
  reducedFromPayment: { min: 2, max: 160 },
  offerDelayMonths: { min: 0, max: 24 },
  dayOfMonth: { min: 1, max: 31 },
  weeksFromReadyToPay: { min: 0, max: 104 },
  accounts: 30,
  oneOffIncomes: 50,
  sideIncomes: 30,
  newIncomes: 30,
  expenses: 100,
  oneOffExpenses: 100,
  customScenarios: 5,
  exchangeRates: 20,
} as const;
const B = BUDGET_LIMITS;

const label = z.string().trim().max(B.label);
const amount = z.int().min(0).max(B.amountMinor);
const percent = z.int().min(B.percent.min).max(B.percent.max);
const netPercent = z.int().min(B.netPercent.min).max(B.netPercent.max);
const offerDelayMonths = z.int().min(B.offerDelayMonths.min).max(B.offerDelayMonths.max);

export const ONE_OFF_INCOME_KINDS = [
  'severance',
  'final-pay',
  'notice-pay',
  'leave-payout',
  'other',
] as const;
export const BENEFIT_PERIODS = ['month', 'week'] as const;

const perDay = z.int().min(0).max(100_000_00);
const basisPoints = z.int().min(0).max(10_000);

/**
 * France's ARE as a claim: a capital of days, each paid at a daily amount (see
 * renderer/src/domain/budget/are-payments.ts). Filled by the ARE estimator; every figure is
 * gross, and the net is worked out per payment from `net`.
 */
export const areClaimSchema = z.strictObject({
  /** Daily reference wage (SJR), gross. */
  dailyReferenceMinor: perDay,
  /** The gross daily benefit. */
  dailyMinor: perDay,
  /** The daily benefit after the degressivity reduction; null when it does not apply. */
  reducedDailyMinor: perDay.nullable(),
  /** The reduced rate applies from this day paid (183rd: règlement, art. 17 bis). */
  reducedFromDay: z.int().min(1).max(2000),
  /** The days of benefit the claim holds; only days paid use them up. */
  capitalDays: z.int().min(1).max(2000),
  /** Share of a month's gross earnings that comes off its benefit (70 %). */
  earningsSharePercent: percent,
  /** Benefit + earnings in a month at most SJR × this / 100 (30.42 days: 3042). */
  capDaysHundredths: z.int().min(0).max(10_000),
  /** Contributions taken from the gross benefit, each waived below its threshold (a day). */
  net: z.strictObject({
    pensionBasisPoints: basisPoints,
    pensionThresholdMinor: perDay,
    csgBasisPoints: basisPoints,
    crdsBasisPoints: basisPoints,
    csgBaseBasisPoints: basisPoints,
    csgThresholdMinor: perDay,
  }),
});
export type AreClaim = z.infer<typeof areClaimSchema>;

export const benefitsSchema = z.strictObject({
  /** Per payment, as the user's letter gives it (or the estimator's result). */
  amountMinor: amount,
  period: z.enum(BENEFIT_PERIODS),
  /** The first day covered; payments arrive at the end of each period. */
  startsOn: isoDay,
  payments: z.int().min(B.payments.min).max(B.payments.max),
  /** A later reduction (France: from the 7th month for some claimants). */
  reducedAmountMinor: amount.nullable(),
  reducedFromPayment: z.int().min(B.reducedFromPayment.min).max(B.reducedFromPayment.max).nullable(),
  /** The last payment when it covers part of a period (rights ending mid-month). */
  finalPaymentMinor: amount.nullable(),
  /** Working while claiming: this share of side earnings in a period comes off that payment. */
  partialPercent: percent,
  /** Earnings in a period that do not reduce the payment (some US states). */
  partialDisregardMinor: amount,
  /** 100 when the amount is already net of tax and contributions. */
  netPercent,
  /** A new job ends the benefits from its start (France, most US states for full-time work). */
  endsWithNewJob: z.boolean(),
  /**
   * Null: the fixed rule above (a letter's amounts, the US helper). Otherwise France's ARE
   * rule, which pays from `startsOn` by calendar month and ignores the payment fields above
   * (they keep the nominal 30-day month for summaries).
   */
  are: areClaimSchema.nullable(),
});
export type Benefits = z.infer<typeof benefitsSchema>;

export const budgetSectionSchema = z.strictObject({
  floorMinor: amount,
  accounts: z
    .array(
      z.strictObject({
        id: idSchema,
        name: label,
        balanceMinor: z.int().min(-B.amountMinor).max(B.amountMinor),
        emergencyOnly: z.boolean(),
      }),
    )
    .max(B.accounts),
  oneOffIncomes: z
    .array(
      z.strictObject({
        id: idSchema,
        kind: z.enum(ONE_OFF_INCOME_KINDS),
        label,
        amountMinor: amount,
        on: isoDay,
        netPercent,
      }),
    )
    .max(B.oneOffIncomes),
  benefits: benefitsSchema.nullable(),
  sideIncomes: z
    .array(
      z.strictObject({
        id: idSchema,
        label,
        monthlyMinor: amount,
        startsOn: isoDay,
        endsOn: isoDay.nullable(),
        netPercent,
      }),
    )
    .max(B.sideIncomes),
  /** New jobs typed in here; offers from Applications are added when the budget is built. */
  newIncomes: z
    .array(
      z.strictObject({ id: idSchema, label, monthlyMinor: amount, startsOn: isoDay, likelihood: percent }),
    )
    .max(B.newIncomes),
  expenses: z
    .array(
      z.strictObject({
        id: idSchema,
        label,
        category: label,
        monthlyMinor: amount,
        essential: z.boolean(),
        dayOfMonth: z.int().min(B.dayOfMonth.min).max(B.dayOfMonth.max),
      }),
    )
    .max(B.expenses),
  oneOffExpenses: z
    .array(z.strictObject({ id: idSchema, label, amountMinor: amount, on: isoDay }))
    .max(B.oneOffExpenses),
  scenarios: z.strictObject({
    leanCutPercent: percent,
    pessimistic: z.strictObject({
      offerDelayMonths,
      benefitCutPercent: percent,
      sideCutPercent: percent,
    }),
    custom: z
      .array(
        z.strictObject({
          id: idSchema,
          name: label.min(1),
          discretionaryCutPercent: percent,
          offerDelayMonths,
          benefitCutPercent: percent,
          sideCutPercent: percent,
        }),
      )
      .max(B.customScenarios),
  }),
  /** Offers below this likelihood are left out of every scenario but what-ifs. */
  offerThresholdPercent: percent,
  /** Without an offer: weeks from the ready date to the first pay, for the verdict. */
  weeksFromReadyToPay: z.int().min(B.weeksFromReadyToPay.min).max(B.weeksFromReadyToPay.max),
  /** Rates the user enters for pay in another currency: home units per 1 foreign unit × 1,000,000. */
  exchangeRates: z
    .array(
      z.strictObject({
        currency: z.enum(CURRENCY_CODES),
        homePerUnitMicros: z.int().min(1).max(1_000_000_000_000),
        asOf: isoDay,
        note: label,
      }),
    )
    .max(B.exchangeRates),
});
export type BudgetSection = z.infer<typeof budgetSectionSchema>;

/** Its empty value lives beside the others, schema-free (section-defaults.ts). */
export { emptyBudgetSection } from './section-defaults';
