/** Gig what-ifs from the log (issue 14, point 5), against cases worked out by hand. */
import { describe, expect, it } from 'vitest';
import { emptyGigSection, type GigSection } from '../../../preload/contract/gig-section';
import { buildBudget } from '../../../renderer/src/domain/budget/budget-plan';
import {
  mainPlatform,
  monthlyLoss,
  platformAverage,
  volatilityScenario,
  withVolatility,
  type VolatilityChoice,
} from '../../../renderer/src/domain/budget/volatility';
import { account, budget, expense } from '../../support/budgets';
import { entry, platform } from '../gig/gig-builders';

const TODAY = '2026-11-18';
const RATES = [{ currency: 'USD' as const, homePerUnitMicros: 900_000, asOf: '2026-08-01', note: '' }];
const hourly = (id: string, day: string, hours: number, platformId = 'outlier') =>
  entry({ id, platformId, day, paidMinutes: hours * 60, rate: { amountMinor: 2100, unit: 'hour' } });
// $420, $840 and $1,260 at 0.90: €378.00, €756.00, €1,134.00 in Aug, Sep, Oct.
const GIG: GigSection = {
  ...emptyGigSection(),
  platforms: [platform({ id: 'outlier', name: 'Outlier' }), platform({ id: 'mercor' })],
  entries: [
    hourly('a', '2026-08-10', 20),
    hourly('b', '2026-09-10', 40),
    hourly('c', '2026-10-10', 60),
    hourly('d', '2026-10-11', 1, 'mercor'),
    // Older than three months: outside the average.
    hourly('old', '2026-07-31', 100),
  ],
};
const choice = (
  kind: VolatilityChoice['kind'],
  changes: Partial<VolatilityChoice> = {},
): VolatilityChoice => ({
  kind,
  platformId: null,
  rateCutPercent: 24,
  emptyWeeks: 1,
  ...changes,
});
// €1,500 rent on the 1st, €1,000 a month of tutoring planned from September, €3,000 on hand.
const PLAN = budget({
  accounts: [account(300000)],
  expenses: [expense(150000, 1)],
  sideIncomes: [
    {
      id: 'tutoring',
      label: 'Tutoring',
      monthlyMinor: 100000,
      startsOn: '2026-09-01',
      endsOn: null,
      netPercent: 100,
    },
  ],
  exchangeRates: RATES,
});

describe('a platform’s recent month', () => {
  it('averages the last three full months: (378 + 756 + 1,134) / 3 = €756.00', () => {
    expect(platformAverage(GIG, 'outlier', 'EUR', RATES, TODAY)).toBe(75600);
    expect(mainPlatform(GIG, 'EUR', RATES, TODAY)).toBe('outlier');
  });

  it('counts months from the platform’s first one: one hour in October is €18.90 a month', () => {
    expect(platformAverage(GIG, 'mercor', 'EUR', RATES, TODAY)).toBe(1890);
  });

  it('uses this month so far when nothing is older', () => {
    const fresh = { ...GIG, entries: [hourly('n', '2026-11-02', 10)] };
    expect(platformAverage(fresh, 'outlier', 'EUR', RATES, TODAY)).toBe(18900);
  });
});

describe('what each scenario takes off a month', () => {
  it('all of it, 24 % of it, or N weeks of 52/12', () => {
    expect(monthlyLoss(choice('project-ends'), 75600)).toBe(75600);
    // 756.00 × 24 % = 181.44 (a $21 → $16 an hour cut is 23.8 %).
    expect(monthlyLoss(choice('rate-cut'), 75600)).toBe(18144);
    // 756.00 × 12 / 52 = 174.4615 → 174.46; two weeks 348.92.
    expect(monthlyLoss(choice('empty-weeks'), 75600)).toBe(17446);
    expect(monthlyLoss(choice('empty-weeks', { emptyWeeks: 2 }), 75600)).toBe(34892);
    expect(monthlyLoss(choice('empty-weeks', { emptyWeeks: 9 }), 75600)).toBe(75600);
  });
});

describe('a project ending early, against the Baseline', () => {
  it('takes €756.00 off the plan from December, never more than planned', () => {
    const scenario = volatilityScenario(choice('project-ends'), GIG, PLAN, 'EUR', RATES, TODAY);
    expect(scenario).toEqual({
      id: 'gig-project-ends',
      kind: 'project-ends',
      platformId: 'outlier',
      from: '2026-12-01',
      averageMinor: 75600,
      lostMinor: 75600,
      plannedMinor: 100000,
    });
    expect(withVolatility(PLAN, scenario).sideIncomes).toEqual([
      { ...PLAN.sideIncomes[0], endsOn: '2026-12-01' },
      { ...PLAN.sideIncomes[0], id: 'tutoring-after', startsOn: '2026-12-01', monthlyMinor: 24400 },
    ]);
  });

  it('brings the runway end from 1 June to 1 February 2027', () => {
    // Baseline: 3,000 + 1,000 − 1,500 on 1 Dec = 2,500, then −500 a month: −500 on 1 June.
    // Project ends: December's pay (1 Jan) is 244.00: 2,500 + 244 − 1,500 = 1,244; −12 on 1 Feb.
    const scenario = volatilityScenario(choice('project-ends'), GIG, PLAN, 'EUR', RATES, TODAY);
    const results = buildBudget({
      section: PLAN,
      offers: [],
      currency: 'EUR',
      pathCosts: [],
      start: TODAY,
      volatility: [scenario],
    });
    expect(results.map((r) => r.id)).toEqual(['baseline', 'lean', 'pessimistic', 'gig-project-ends']);
    expect(results[0]?.projection.runwayEnd).toBe('2027-06-01');
    expect(results[3]?.projection.runwayEnd).toBe('2027-02-01');
    const month = (start: string) => results[3]?.projection.months.find((m) => m.start === start);
    expect(month('2027-01-01')?.endBalanceMinor).toBe(124400);
    expect(month('2027-02-01')?.endBalanceMinor).toBe(-1200);
  });

  it('changes nothing when the plan counts no side income from next month', () => {
    const none = budget({ ...PLAN, sideIncomes: [] });
    const scenario = volatilityScenario(choice('rate-cut'), GIG, none, 'EUR', RATES, TODAY);
    expect(scenario).toMatchObject({ plannedMinor: 0, lostMinor: 0, averageMinor: 75600 });
    expect(withVolatility(none, scenario)).toBe(none);
  });
});
