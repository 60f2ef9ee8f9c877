import { describe, expect, it } from 'vitest';
import { emptyApplicationsSection, type Application } from '../../../preload/contract/applications-section';
import { needsAttention } from '../../../renderer/src/domain/applications/attention';
import fc from 'fast-check';
import { expectedIncomes, monthlyPay } from '../../../renderer/src/domain/applications/offers';
import { placeableOffers } from '../../../renderer/src/domain/budget/budget-plan';
import type { ExchangeRate } from '../../../renderer/src/domain/budget/exchange-rates';
import { convertMinor } from '../../../renderer/src/domain/budget/exchange-rates';
import { application } from '../../support/applications';

const TODAY = '2026-11-21';
const withApps = (...applications: ReturnType<typeof application>[]) => ({
  ...emptyApplicationsSection(),
  applications,
});

describe('what needs attention today', () => {
  it('lists an overdue follow-up, an assessment due this week and a ghost suggestion, oldest first', () => {
    const section = withApps(
      application('chase', {
        stageId: 'applied',
        appliedOn: '2026-11-10',
        history: [{ stageId: 'applied', on: '2026-11-10', note: '' }],
      }),
      application('quiet', {
        stageId: 'applied',
        appliedOn: '2026-10-20',
        history: [{ stageId: 'applied', on: '2026-10-20', note: '' }],
      }),
      application('test', {
        stageId: 'screening',
        appliedOn: '2026-11-19',
        history: [{ stageId: 'screening', on: '2026-11-19', note: '' }],
        assessments: [{ kind: 'Coding test', deadline: '2026-11-24', result: '' }],
      }),
      application('later', { deadline: '2026-12-20' }),
    );
    const items = needsAttention(section, TODAY);
    expect(items.map((item) => [item.kind, item.application.id, item.on, item.overdue])).toEqual([
      ['ghosted', 'quiet', '2026-10-20', true],
      ['follow-up', 'chase', '2026-11-17', true],
      ['assessment', 'test', '2026-11-24', false],
    ]);
  });

  it('leaves finished applications alone', () => {
    const section = withApps(
      application('done', { stageId: 'rejected', appliedOn: '2026-09-01', nextActionDue: '2026-09-10' }),
    );
    expect(needsAttention(section, TODAY)).toEqual([]);
  });
});

describe('offers as new income for the Budget', () => {
  it('converts pay to a monthly amount: hours × 52 weeks ÷ 12, a year ÷ 12, a range at its lower end', () => {
    // 45.00/h × 20 h × 52 / 12 = 3,900.00
    expect(
      monthlyPay({ minMinor: 4500, maxMinor: 6000, unit: 'hour', currency: 'USD', unitsPerWeek: null }, 20),
    ).toBe(390000);
    // 50,000.00 / 12 = 4,166.666… → 4,166.67
    expect(
      monthlyPay(
        { minMinor: 5_000_000, maxMinor: null, unit: 'year', currency: 'EUR', unitsPerWeek: null },
        35,
      ),
    ).toBe(416667);
    // Per task with no tasks a week: no monthly figure (the profile's hours say nothing of tasks).
    expect(
      monthlyPay({ minMinor: 300, maxMinor: null, unit: 'task', currency: 'EUR', unitsPerWeek: null }, 35),
    ).toBeNull();
  });

  it("uses the application's units a week: hours for hourly pay, tasks for per-task pay", () => {
    // 25.00/h × 20 h × 52 / 12 = 2,166.666… → 2,166.67 (the profile's 35 hours are not used).
    expect(
      monthlyPay({ minMinor: 2500, maxMinor: null, unit: 'hour', currency: 'USD', unitsPerWeek: 20 }, 35),
    ).toBe(216667);
    // 3.00 a task × 40 tasks × 52 / 12 = 520.00
    expect(
      monthlyPay({ minMinor: 300, maxMinor: null, unit: 'task', currency: 'USD', unitsPerWeek: 40 }, 35),
    ).toBe(52000);
    // 30.00/h × 7.5 h × 52 / 12 = 975.00 (half hours counted exactly, in hundredths)
    expect(
      monthlyPay({ minMinor: 3000, maxMinor: null, unit: 'hour', currency: 'EUR', unitsPerWeek: 7.5 }, 35),
    ).toBe(97500);
  });

  it('counts accepted offers as certain and expected ones at their likelihood, never rejected ones', () => {
    const pay = {
      minMinor: 300000,
      maxMinor: null,
      unit: 'month' as const,
      currency: 'EUR' as const,
      unitsPerWeek: null,
    };
    const section = withApps(
      application('won', { stageId: 'accepted', pay, expectedStart: '2027-01-04' }),
      application('maybe', { stageId: 'interview', pay, expectedStart: '2027-02-01', likelihood: 40 }),
      application('lost', { stageId: 'rejected', pay, expectedStart: '2027-02-01', likelihood: 40 }),
      application('none', { stageId: 'interview' }),
    );
    expect(expectedIncomes(section, 35).map((i) => [i.applicationId, i.likelihood, i.monthlyMinor])).toEqual([
      ['won', 100, 300000],
      ['maybe', 40, 300000],
    ]);
  });
});

describe('offers paid in another currency', () => {
  const usdRate: ExchangeRate = { currency: 'USD', homePerUnitMicros: 920400, asOf: '2026-11-12', note: '' };
  const hourly = (unitsPerWeek: number | null, currency: 'USD' | 'GBP' | 'EUR' = 'USD') => ({
    minMinor: 2500,
    maxMinor: 4000,
    unit: 'hour' as const,
    currency,
    unitsPerWeek,
  });
  const offer = (id: string, pay: Application['pay']) =>
    application(id, { stageId: 'offer', pay, expectedStart: '2027-01-04' });
  const exchange = { home: 'EUR' as const, rates: [usdRate] };

  it('converts the monthly pay with the dated rate, once, half up: 2,166.67 USD at 0.9204 is 1,994.20 EUR', () => {
    // 25 USD/h × 20 h × 52 / 12 = 2,166.67 USD; × 0.9204 = 1,994.203068 → 1,994.20 EUR.
    const [income] = expectedIncomes(withApps(offer('outlier', hourly(20))), 35, exchange);
    expect(income).toMatchObject({
      payMonthlyMinor: 216667,
      payCurrency: 'USD',
      monthlyMinor: 199420,
      currency: 'EUR',
      rate: usdRate,
      hoursFromProfile: false,
      problem: null,
    });
    expect(placeableOffers(income ? [income] : [], 'EUR')).toEqual([
      { label: 'Mercor', monthlyMinor: 199420, startsOn: '2027-01-04', likelihood: 50 },
    ]);
  });

  it('converts per-task pay the same way: 3.00 USD × 40 tasks a week is 520.00 USD, 478.61 EUR', () => {
    // 520.00 × 0.9204 = 478.608 → 478.61
    const pay = {
      minMinor: 300,
      maxMinor: null,
      unit: 'task' as const,
      currency: 'USD' as const,
      unitsPerWeek: 40,
    };
    const [income] = expectedIncomes(withApps(offer('tasks', pay)), 35, exchange);
    expect([income?.payMonthlyMinor, income?.monthlyMinor]).toEqual([52000, 47861]);
  });

  it('lists an offer in a currency with no rate, but does not count it', () => {
    const [income] = expectedIncomes(withApps(offer('london', hourly(20, 'GBP'))), 35, exchange);
    expect(income).toMatchObject({
      payMonthlyMinor: 216667,
      monthlyMinor: null,
      problem: 'no-rate',
      rate: null,
    });
    expect(placeableOffers(income ? [income] : [], 'EUR')).toEqual([]);
  });

  it("falls back to the profile's hours for hourly pay only, and says so; per task without tasks is not counted", () => {
    // 25 USD/h × 35 h × 52 / 12 = 3,791.666… → 3,791.67 USD; × 0.9204 = 3,489.852… → 3,489.85 EUR
    const [hours] = expectedIncomes(withApps(offer('h', hourly(null))), 35, exchange);
    expect(hours).toMatchObject({ payMonthlyMinor: 379167, monthlyMinor: 348985, hoursFromProfile: true });
    const task = {
      minMinor: 300,
      maxMinor: null,
      unit: 'task' as const,
      currency: 'USD' as const,
      unitsPerWeek: null,
    };
    const [tasks] = expectedIncomes(withApps(offer('t', task)), 35, exchange);
    expect(tasks).toMatchObject({ monthlyMinor: null, problem: 'no-units', hoursFromProfile: false });
  });

  it('uses the latest dated rate for a currency, and needs none for the home currency', () => {
    const older: ExchangeRate = { ...usdRate, homePerUnitMicros: 900000, asOf: '2026-10-01' };
    const [income] = expectedIncomes(withApps(offer('o', hourly(20))), 35, {
      home: 'EUR',
      rates: [usdRate, older],
    });
    expect(income?.rate).toEqual(usdRate);
    const [euros] = expectedIncomes(withApps(offer('e', hourly(20, 'EUR'))), 35, { home: 'EUR', rates: [] });
    expect(euros).toMatchObject({ monthlyMinor: 216667, currency: 'EUR', rate: null, problem: null });
  });

  it('a higher rate never gives fewer home cents, for any amount (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.integer({ min: 1, max: 1_000_000_000_000 }),
        fc.integer({ min: 1, max: 1_000_000_000_000 }),
        (amount, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(convertMinor(amount, low)).toBeLessThanOrEqual(convertMinor(amount, high));
        },
      ),
    );
  });
});
