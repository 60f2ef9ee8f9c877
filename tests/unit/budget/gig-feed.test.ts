/**
 * The gig log feeding the budget (issue 14, point 4), against a French case worked out by hand
 * to the cent and the day: a month of USD tutoring converted at dated rates, the ARE month it
 * reduces, and how far the runway moves because the unpaid days stay in the claim.
 */
import { describe, expect, it } from 'vitest';
import type { Benefits } from '../../../preload/contract/budget-section';
import { emptyGigSection, type GigSection } from '../../../preload/contract/gig-section';
import {
  baselineWithoutLog,
  buildBudget,
  type BudgetInput,
} from '../../../renderer/src/domain/budget/budget-plan';
import { gigFeed, planOutsideLog } from '../../../renderer/src/domain/budget/gig-feed';
import { declarationFor } from '../../../renderer/src/domain/gig/claimant-duties';
import { gigBenefitMonths, runwayChange } from '../../../renderer/src/domain/budget/gig-summary';
import { account, areClaim, budget, expense } from '../../support/budgets';
import { entry, platform } from '../gig/gig-builders';

const TODAY = '2026-11-18';
// USD at 0.92 € from 1 October, 0.86 € from 15 October (the user's own dated rates).
const RATES = [
  { currency: 'USD' as const, homePerUnitMicros: 920_000, asOf: '2026-10-01', note: '' },
  { currency: 'USD' as const, homePerUnitMicros: 860_000, asOf: '2026-10-15', note: '' },
];
// October: 20 h at $21 on the 5th ($420.00) and 20 h on each of the 20th and 21st ($840.00).
const OCTOBER: GigSection = {
  ...emptyGigSection(),
  platforms: [platform({ id: 'outlier', name: 'Outlier' })],
  entries: [
    entry({
      id: 'a',
      platformId: 'outlier',
      day: '2026-10-05',
      paidMinutes: 1200,
      rate: { amountMinor: 2100, unit: 'hour' },
    }),
    entry({
      id: 'b',
      platformId: 'outlier',
      day: '2026-10-20',
      paidMinutes: 1200,
      rate: { amountMinor: 2100, unit: 'hour' },
    }),
    entry({
      id: 'b2',
      platformId: 'outlier',
      day: '2026-10-21',
      paidMinutes: 1200,
      rate: { amountMinor: 2100, unit: 'hour' },
    }),
    // This month's work is the current month: the plan still counts for it.
    entry({
      id: 'c',
      platformId: 'outlier',
      day: '2026-11-03',
      paidMinutes: 600,
      rate: { amountMinor: 2100, unit: 'hour' },
    }),
  ],
};

// SJR €60.00: 40.4 % = 24.24 + 13.18 = 37.42 beats 57 % = 34.20, under the 75 % cap (45.00):
// €37.42 a day, €1,122.60 a 30-day month. No degressivity (below the €92.57 floor).
// Net: pension 3 % × 60.00 = 1.80 (37.42 − 1.80 = 35.62 stays above €31.97); CSG and CRDS
// are waived below €60 a day: €35.62 net a day, €1,068.60 a month.
const CLAIM = areClaim({ dailyReferenceMinor: 6000, dailyMinor: 3742, capitalDays: 182 });
const BENEFITS: Benefits = {
  amountMinor: 112260,
  period: 'month',
  startsOn: '2026-09-01',
  payments: 7,
  reducedAmountMinor: null,
  reducedFromPayment: null,
  finalPaymentMinor: null,
  partialPercent: 70,
  partialDisregardMinor: 0,
  netPercent: 100,
  endsWithNewJob: true,
  are: CLAIM,
};
const SECTION = budget({
  accounts: [account(600000)],
  expenses: [expense(150000, 1)],
  benefits: BENEFITS,
  exchangeRates: RATES,
});
const input = (gig: GigSection): BudgetInput => ({
  section: SECTION,
  offers: [],
  currency: 'EUR',
  pathCosts: [],
  start: TODAY,
  gig: gigFeed(gig, 'EUR', RATES, TODAY),
});

describe('the gig log as the budget sees it', () => {
  it('converts each work day at the rate in force that day and keeps both amounts', () => {
    const feed = gigFeed(OCTOBER, 'EUR', RATES, TODAY);
    // $420.00 × 0.92 = €386.40 (rate of 1 Oct); $840.00 × 0.86 = €722.40 (rate of 15 Oct).
    expect(feed).toMatchObject({ from: '2026-10-01', until: '2026-11-01' });
    expect(feed.months).toHaveLength(1);
    expect(feed.months[0]).toMatchObject({ start: '2026-10-01', grossMinor: 110880, paidMinutes: 3600 });
    expect(feed.months[0]?.parts).toEqual([
      {
        currency: 'USD',
        ownMinor: 42000,
        homeMinor: 38640,
        rate: { currency: 'USD', asOf: '2026-10-01', homePerUnitMicros: 920_000, datedAfter: false },
      },
      {
        currency: 'USD',
        ownMinor: 84000,
        homeMinor: 72240,
        rate: { currency: 'USD', asOf: '2026-10-15', homePerUnitMicros: 860_000, datedAfter: false },
      },
    ]);
    expect(feed.earnings).toEqual([{ monthlyMinor: 110880, startsOn: '2026-10-01', endsOn: '2026-11-01' }]);
  });

  it('uses the gross the month’s actualisation declares', () => {
    const feed = gigFeed(OCTOBER, 'EUR', RATES, TODAY);
    expect(feed.months[0]?.grossMinor).toBe(declarationFor('2026-10', OCTOBER, 'EUR', RATES).grossMinor);
  });

  it('leaves pay with no rate out, and names its currency', () => {
    const feed = gigFeed(OCTOBER, 'EUR', [], TODAY);
    expect(feed.months[0]).toMatchObject({ grossMinor: 0, missingRates: ['USD'], parts: [] });
  });

  it('counts a month of the span with nothing logged as nothing earned', () => {
    const gig = {
      ...OCTOBER,
      entries: OCTOBER.entries.map((e) => (e.id === 'a' ? { ...e, day: '2026-08-31' } : e)),
    };
    // 31 Aug converts at the earliest rate (0.92, flagged as dated after the work): €386.40.
    const feed = gigFeed(gig, 'EUR', RATES, TODAY);
    expect(feed.months.map((m) => [m.start, m.grossMinor])).toEqual([
      ['2026-08-01', 38640],
      ['2026-09-01', 0],
      ['2026-10-01', 72240],
    ]);
  });

  it('cuts the logged span out of the plan, keeping the days before and from this month on', () => {
    const feed = gigFeed(OCTOBER, 'EUR', RATES, TODAY);
    const plan = [{ monthlyMinor: 50000, startsOn: '2026-09-15', endsOn: null }];
    expect(planOutsideLog(plan, feed)).toEqual([
      { monthlyMinor: 50000, startsOn: '2026-09-15', endsOn: '2026-10-01' },
      { monthlyMinor: 50000, startsOn: '2026-11-01', endsOn: null },
    ]);
    expect(planOutsideLog(plan, null)).toEqual(plan);
  });
});

describe('a French claimant with a month of USD tutoring', () => {
  it('is paid 9 days of ARE for October instead of 30', () => {
    // 30 × 37.42 = 1,122.60 − 70 % × 1,108.80 (776.16) = 346.44; 346.44 / 37.42 = 9.26 → 9 days.
    // Cap: 1,108.80 + 346.44 ≤ 60.00 × 30.42 = 1,825.20, so it does not bind.
    // 9 × 37.42 = €336.78 gross, 9 × 35.62 = €320.58 net; without the work 30 days, €1,068.60.
    const [october] = gigBenefitMonths(input(OCTOBER));
    expect(october?.withLog).toMatchObject({
      earnedMinor: 110880,
      daysPaid: 9,
      grossMinor: 33678,
      netMinor: 32058,
    });
    expect(october?.withoutLog).toMatchObject({
      earnedMinor: 0,
      daysPaid: 30,
      grossMinor: 112260,
      netMinor: 106860,
    });
  });

  it('keeps the 21 unpaid days in the claim, so the money lasts a month longer', () => {
    // Without the log: 30 days a month Sept–Feb (180), March the last 2: €71.24 on 1 April.
    // With it: 30 + 9 + 4 × 30 = 159, March pays 23 days: 23 × 35.62 = €819.26 on 1 April.
    // From €6,000.00 with rent of €1,500.00 on the 1st and €1,068.60 of ARE on Dec–Mar 1st:
    // 1 March 4,274.40; 1 April 2,845.64 or 3,593.66; 1 May 1,345.64 or 2,093.66;
    // 1 June −154.36 (runway ends) or 593.66; 1 July −906.34 (runway ends): 30 days later.
    const withLog = buildBudget(input(OCTOBER))[0]?.projection;
    const withoutLog = baselineWithoutLog(input(OCTOBER));
    expect(withoutLog?.runwayEnd).toBe('2027-06-01');
    expect(withLog?.runwayEnd).toBe('2027-07-01');
    expect(runwayChange(withLog!, withoutLog)).toEqual({
      kind: 'moved',
      days: 30,
      from: '2027-06-01',
      to: '2027-07-01',
    });
    const april = withLog?.months.find((m) => m.start === '2027-04-01');
    expect(april?.incomeMinor).toBe(81926);
  });

  it('changes nothing without a logged month', () => {
    const empty = input(emptyGigSection());
    expect(baselineWithoutLog(empty)).toBeNull();
    expect(gigBenefitMonths(empty)).toEqual([]);
    expect(runwayChange(buildBudget(empty)[0]!.projection, null)).toEqual({ kind: 'none' });
  });
});
