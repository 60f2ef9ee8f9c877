import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { ExchangeRate } from '../../../renderer/src/domain/budget/exchange-rates';
import { effectiveRates, summarise } from '../../../renderer/src/domain/gig/effective-rate';
import { monthlyActuals } from '../../../renderer/src/domain/gig/monthly-actuals';
import { earnedMinor, rateOnDay } from '../../../renderer/src/domain/gig/gig-money';
import { emptyGigSection, type GigSection } from '../../../preload/contract/gig-section';
import { entry, platform, screening } from './gig-builders';

const rate = (asOf: string, micros: number, note = ''): ExchangeRate => ({
  currency: 'USD',
  homePerUnitMicros: micros,
  asOf,
  note,
});
const RATES = [rate('2026-11-15', 930000), rate('2026-10-01', 920400)];

// Two platforms: Mercor in USD (a rate cut from $21 to $16/h), Outlier paid per task in EUR.
const SECTION: GigSection = {
  platforms: [platform(), platform({ id: 'outlier', name: 'Outlier', currency: 'EUR' })],
  entries: [
    entry({
      id: 'e1',
      day: '2026-11-02',
      paidMinutes: 150,
      unpaidMinutes: { onboarding: 30, assessment: 0, waiting: 30 },
      rate: { amountMinor: 2100, unit: 'hour' },
      paidOn: '2026-11-16',
      payout: { receivedMinor: 5100, feesMinor: 150 },
    }),
    entry({ id: 'e2', day: '2026-11-20', paidMinutes: 100, rate: { amountMinor: 1600, unit: 'hour' } }),
    entry({
      id: 'e3',
      platformId: 'outlier',
      day: '2026-11-03',
      paidMinutes: 90,
      unpaidMinutes: { onboarding: 0, assessment: 45, waiting: 0 },
      tasks: 12,
      rate: { amountMinor: 550, unit: 'task' },
      currency: 'EUR',
    }),
  ],
  screenings: [screening({ day: '2026-10-20', unpaidMinutes: 20 })],
  taxes: emptyGigSection().taxes,
};

describe('what an entry earned', () => {
  it('pays hourly work by the minute, half up once, tasks by the task, a project once', () => {
    // 150 min × $21/h = $52.50; 100 min × $16/h = $26.666… → $26.67
    expect(earnedMinor(entry({ paidMinutes: 150, rate: { amountMinor: 2100, unit: 'hour' } }))).toBe(5250);
    expect(earnedMinor(entry({ paidMinutes: 100, rate: { amountMinor: 1600, unit: 'hour' } }))).toBe(2667);
    // 1 min at $0.30/h = 0.5 cent → 1 cent; at $0.29/h = 0.483 cent → 0
    expect(earnedMinor(entry({ paidMinutes: 1, rate: { amountMinor: 30, unit: 'hour' } }))).toBe(1);
    expect(earnedMinor(entry({ paidMinutes: 1, rate: { amountMinor: 29, unit: 'hour' } }))).toBe(0);
    // 12 tasks × €5.50 = €66.00, whatever the minutes
    expect(earnedMinor(entry({ paidMinutes: 90, tasks: 12, rate: { amountMinor: 550, unit: 'task' } }))).toBe(
      6600,
    );
    expect(
      earnedMinor(entry({ paidMinutes: 600, tasks: 3, rate: { amountMinor: 40000, unit: 'project' } })),
    ).toBe(40000);
  });
});

describe('the rate in force on a day', () => {
  it('takes the latest rate dated on or before the day, a later entry on a tie', () => {
    expect(rateOnDay('USD', '2026-11-14', RATES)?.asOf).toBe('2026-10-01');
    expect(rateOnDay('USD', '2026-11-15', RATES)?.asOf).toBe('2026-11-15');
    const tie = [rate('2026-10-01', 900000, 'first'), rate('2026-10-01', 910000, 'second')];
    expect(rateOnDay('USD', '2026-10-02', tie)?.homePerUnitMicros).toBe(910000);
  });

  it('lets the earliest later rate stand in before the first one, and says so', () => {
    expect(rateOnDay('USD', '2026-09-30', RATES)).toEqual({
      currency: 'USD',
      asOf: '2026-10-01',
      homePerUnitMicros: 920400,
      datedAfter: true,
    });
    expect(rateOnDay('GBP', '2026-11-01', RATES)).toBeNull();
  });
});

describe('effective hourly rate', () => {
  const { platforms, overall } = effectiveRates(SECTION, 'EUR', RATES);
  const mercor = platforms[0]!.summary;

  it('counts unpaid time and screenings, per platform, in dollars and in euros', () => {
    // Earned $52.50 + $26.67 = $79.17 over 150+60+100 = 310 min: 7917 × 60 / 310 = 1532.3 → $15.32/h
    expect(mercor.byCurrency.USD).toEqual({
      earnedMinor: 7917,
      feesMinor: 150,
      receivedMinor: 5100,
      minutes: 310,
      effectiveHourlyMinor: 1532,
    });
    // In euros, each at the rate of its day: 52.50 × 0.9204 = 48.321 → €48.32 (rate of 1 Oct);
    // 26.67 × 0.93 = 24.8031 → €24.80 (rate of 15 Nov). Fees on the paid-on day (16 Nov):
    // 1.50 × 0.93 = 1.395 → €1.40; received 51.00 × 0.93 = €47.43.
    // Time: 310 min + a 20-min AI interview = 330 min; paid 250 min.
    // 7312 × 60 / 330 = 1329.45 → €13.29/h; (7312 − 140) × 60 / 330 = 1304.00 → €13.04/h;
    // 7312 × 60 / 250 = 1754.88 → €17.55 per paid hour.
    expect(mercor.home).toEqual({
      earnedMinor: 7312,
      feesMinor: 140,
      receivedMinor: 4743,
      effectiveHourlyMinor: 1329,
      netEffectiveHourlyMinor: 1304,
      paidHourlyMinor: 1755,
    });
    expect(mercor.unpaidMinutes).toEqual({ onboarding: 30, assessment: 0, waiting: 30, screening: 20 });
    expect(mercor.ratesUsed.map((r) => r.asOf).sort()).toEqual(['2026-10-01', '2026-11-15']);
  });

  it('adds the platforms up overall', () => {
    // €73.12 + €66.00 = €139.12 over 330 + 135 = 465 min: 13912 × 60 / 465 = 1795.1 → €17.95/h
    expect(overall.home.earnedMinor).toBe(13912);
    expect(overall.totalMinutes).toBe(465);
    expect(overall.home.effectiveHourlyMinor).toBe(1795);
    expect(overall.unconverted).toEqual([]);
  });

  it('names the entries it could not convert instead of understating the rate', () => {
    const noRates = summarise(SECTION.entries, [], 'EUR', []);
    expect(noRates.unconverted).toEqual(['e1', 'e2']);
    expect(noRates.home.earnedMinor).toBe(6600);
    expect(noRates.home.effectiveHourlyMinor).toBeNull();
  });

  it('has no rate without time', () => {
    expect(summarise([], [], 'EUR', []).home.effectiveHourlyMinor).toBeNull();
  });
});

describe('monthly actuals', () => {
  it('earns by the work day and receives by the paid-on day', () => {
    const { months, undatedPayouts } = monthlyActuals(SECTION, 'EUR', RATES);
    expect(months).toEqual([
      {
        month: '2026-10',
        earnedMinor: 0,
        receivedMinor: 0,
        paidMinutes: 0,
        unpaidMinutes: 0,
        screeningMinutes: 20,
        unconverted: [],
      },
      // Paid 150 + 100 + 90 = 340 min, unpaid 60 + 45 = 105 min
      {
        month: '2026-11',
        earnedMinor: 13912,
        receivedMinor: 4743,
        paidMinutes: 340,
        unpaidMinutes: 105,
        screeningMinutes: 0,
        unconverted: [],
      },
    ]);
    expect(undatedPayouts).toEqual([]);
  });

  it('puts a December payout for November work in December, and flags a payout with no day', () => {
    const late = entry({
      id: 'late',
      day: '2026-11-30',
      paidMinutes: 60,
      rate: { amountMinor: 2000, unit: 'hour' },
      paidOn: '2026-12-04',
      payout: { receivedMinor: 2000, feesMinor: 0 },
    });
    const undated = entry({ id: 'undated', day: '2026-11-30', payout: { receivedMinor: 100, feesMinor: 0 } });
    const section = {
      platforms: [platform()],
      entries: [late, undated],
      screenings: [],
      taxes: emptyGigSection().taxes,
    };
    const { months, undatedPayouts } = monthlyActuals(section, 'USD', []);
    expect(months.map((m) => [m.month, m.earnedMinor, m.receivedMinor])).toEqual([
      ['2026-11', 2000, 0],
      ['2026-12', 0, 2000],
    ]);
    expect(undatedPayouts).toEqual(['undated']);
  });
});

const entryArb = fc.record({
  paidMinutes: fc.integer({ min: 0, max: 600 }),
  waiting: fc.integer({ min: 0, max: 600 }),
  rateMinor: fc.integer({ min: 0, max: 50_000 }),
  day: fc.integer({ min: 1, max: 28 }),
  month: fc.integer({ min: 1, max: 12 }),
});
interface RawEntry {
  paidMinutes: number;
  waiting: number;
  rateMinor: number;
  day: number;
  month: number;
}
const toEntry = (e: RawEntry, i: number) =>
  entry({
    id: `e${i}`,
    day: `2026-${String(e.month).padStart(2, '0')}-${String(e.day).padStart(2, '0')}`,
    paidMinutes: e.paidMinutes,
    unpaidMinutes: { onboarding: 0, assessment: 0, waiting: e.waiting },
    rate: { amountMinor: e.rateMinor, unit: 'hour' },
  });

describe('properties', () => {
  test.prop([fc.array(entryArb, { maxLength: 30 }), fc.integer({ min: 1, max: 600 })])(
    'more unpaid time never raises the effective rate',
    (raw, extra) => {
      const entries = raw.map(toEntry);
      const before = summarise(entries, [], 'USD', []).home.effectiveHourlyMinor;
      const after = summarise(entries, [screening({ unpaidMinutes: extra })], 'USD', []).home
        .effectiveHourlyMinor;
      if (before !== null && after !== null) expect(after).toBeLessThanOrEqual(before);
    },
  );

  test.prop([fc.array(entryArb, { maxLength: 30 })])('the months add up to the whole log', (raw) => {
    const section = {
      platforms: [platform()],
      entries: raw.map(toEntry),
      screenings: [],
      taxes: emptyGigSection().taxes,
    };
    const { months } = monthlyActuals(section, 'EUR', [rate('2026-01-01', 870000)]);
    const whole = summarise(section.entries, [], 'EUR', [rate('2026-01-01', 870000)]);
    expect(months.reduce((sum, m) => sum + m.earnedMinor, 0)).toBe(whole.home.earnedMinor);
    expect(months.reduce((sum, m) => sum + m.paidMinutes + m.unpaidMinutes, 0)).toBe(whole.totalMinutes);
  });
});
