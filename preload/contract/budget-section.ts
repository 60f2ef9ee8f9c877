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
const label = z.string().trim().max(120);
const amount = z.int().min(0).max(100_000_000_00);
const percent = z.int().min(0).max(100);

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
  payments: z.int().min(1).max(160),
  /** A later reduction (France: from the 7th month for some claimants). */
  reducedAmountMinor: amount.nullable(),
  reducedFromPayment: z.int().min(2).max(160).nullable(),
  /** The last payment when it covers part of a period (rights ending mid-month). */
  finalPaymentMinor: amount.nullable(),
  /** Working while claiming: this share of side earnings in a period comes off that payment. */
  partialPercent: percent,
  /** Earnings in a period that do not reduce the payment (some US states). */
  partialDisregardMinor: amount,
  /** 100 when the amount is already net of tax and contributions. */
  netPercent: z.int().min(1).max(100),
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
        balanceMinor: z.int().min(-100_000_000_00).max(100_000_000_00),
        emergencyOnly: z.boolean(),
      }),
    )
    .max(30),
  oneOffIncomes: z
    .array(
      z.strictObject({
        id: idSchema,
        kind: z.enum(ONE_OFF_INCOME_KINDS),
        label,
        amountMinor: amount,
        on: isoDay,
        netPercent: z.int().min(1).max(100),
      }),
    )
    .max(50),
  benefits: benefitsSchema.nullable(),
  sideIncomes: z
    .array(
      z.strictObject({
        id: idSchema,
        label,
        monthlyMinor: amount,
        startsOn: isoDay,
        endsOn: isoDay.nullable(),
        netPercent: z.int().min(1).max(100),
      }),
    )
    .max(30),
  /** New jobs typed in here; offers from Applications are added when the budget is built. */
  newIncomes: z
    .array(
      z.strictObject({ id: idSchema, label, monthlyMinor: amount, startsOn: isoDay, likelihood: percent }),
    )
    .max(30),
  expenses: z
    .array(
      z.strictObject({
        id: idSchema,
        label,
        category: label,
        monthlyMinor: amount,
        essential: z.boolean(),
        dayOfMonth: z.int().min(1).max(31),
      }),
    )
    .max(100),
  oneOffExpenses: z.array(z.strictObject({ id: idSchema, label, amountMinor: amount, on: isoDay })).max(100),
  scenarios: z.strictObject({
    leanCutPercent: percent,
    pessimistic: z.strictObject({
      offerDelayMonths: z.int().min(0).max(24),
      benefitCutPercent: percent,
      sideCutPercent: percent,
    }),
    custom: z
      .array(
        z.strictObject({
          id: idSchema,
          name: label.min(1),
          discretionaryCutPercent: percent,
          offerDelayMonths: z.int().min(0).max(24),
          benefitCutPercent: percent,
          sideCutPercent: percent,
        }),
      )
      .max(5),
  }),
  /** Offers below this likelihood are left out of every scenario but what-ifs. */
  offerThresholdPercent: percent,
  /** Without an offer: weeks from the ready date to the first pay, for the verdict. */
  weeksFromReadyToPay: z.int().min(0).max(104),
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
    .max(20),
});
export type BudgetSection = z.infer<typeof budgetSectionSchema>;

export function emptyBudgetSection(): BudgetSection {
  return {
    floorMinor: 0,
    accounts: [],
    oneOffIncomes: [],
    benefits: null,
    sideIncomes: [],
    newIncomes: [],
    expenses: [],
    oneOffExpenses: [],
    scenarios: {
      leanCutPercent: 50,
      pessimistic: { offerDelayMonths: 3, benefitCutPercent: 10, sideCutPercent: 50 },
      custom: [],
    },
    offerThresholdPercent: 50,
    weeksFromReadyToPay: 8,
    exchangeRates: [],
  };
}
