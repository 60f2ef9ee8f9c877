/**
 * France's ARE paid from a capital of days, against cases worked out by hand to the cent and
 * the day (rules: Unédic « cumul allocation et salaire », règlement art. 17 bis; see
 * renderer/src/domain/budget/are-payments.ts).
 */
import { describe, expect, it } from 'vitest';
import type { AreClaim } from '../../../preload/contract/budget-section';
import { arePayments, type AreSchedule } from '../../../renderer/src/domain/budget/are-payments';
import { earnedBetween } from '../../../renderer/src/domain/budget/side-earnings';
import { areClaim } from '../../support/budgets';

// A €2,400 a month earner: 57,600.00 over 730 days → SJR 78.90; 40.4 % = 31.88 + 13.18 = 45.06
// beats 57 % = 44.97: 45.06 a day, 1,351.80 a 30-day month; 730 days worked × 0.75 = 547.5 → 548.
const TUTOR = areClaim({ dailyReferenceMinor: 7890, dailyMinor: 4506, capitalDays: 548 });
const tutoring = (monthlyMinor: number, startsOn = '2026-01-01') => [
  { monthlyMinor, startsOn, endsOn: null },
];
const schedule = (claim: AreClaim, changes: Partial<AreSchedule> = {}): AreSchedule => ({
  claim,
  startsOn: '2026-03-01',
  earnings: [],
  newJobStarts: null,
  until: '2029-01-01',
  ...changes,
});
const total = (payments: { grossMinor: number }[]) => payments.reduce((sum, p) => sum + p.grossMinor, 0);

describe('ARE as a capital of days', () => {
  it('without side work: 18 months of 30 days, then the last 8 days', () => {
    const payments = arePayments(schedule(TUTOR));
    expect(payments).toHaveLength(19);
    expect(payments[0]).toMatchObject({ on: '2026-04-01', daysPaid: 30, grossMinor: 135180 });
    // 548 − 18 × 30 = 8 days in September 2027: 8 × 45.06 = 360.48.
    expect(payments[18]).toMatchObject({ from: '2027-09-01', daysPaid: 8, grossMinor: 36048, daysUsed: 548 });
    expect(total(payments)).toBe(548 * 4506);
  });

  it('with €800 a month of tutoring: 17 days paid a month, so the claim lasts 32 months, not 19', () => {
    // 1,351.80 − 70 % × 800.00 = 791.80; 791.80 / 45.06 = 17.57 → 17 days: 17 × 45.06 = 766.02.
    // Cap: 800.00 + 791.80 ≤ 78.90 × 30.42 = 2,400.14, so it does not bind.
    const payments = arePayments(schedule(TUTOR, { earnings: tutoring(80000) }));
    expect(payments[0]).toMatchObject({ earnedMinor: 80000, daysPaid: 17, grossMinor: 76602 });
    const paid = payments.filter((p) => p.daysPaid > 0);
    // 32 × 17 = 544 days; the 33rd month (November 2028) pays the last 4 (180.24), paid 1 December.
    expect(paid).toHaveLength(33);
    expect(paid.at(-1)).toMatchObject({ from: '2028-11-01', on: '2028-12-01', daysPaid: 4, daysUsed: 548 });
    // Every day of the claim is paid: 548 × 45.06 = 24,692.88, as without tutoring, over longer.
    expect(total(payments)).toBe(2_469_288);
    // The whole-payments model stopped after 19 payments of 791.80 (the 19th, 8 days, nothing):
    // 18 × 791.80 = 14,252.40, that is 10,440.48 less.
    expect(total(payments) - 18 * 79180).toBe(1_044_048);
  });

  it('pays whole days: the chomeurs-precaires-cgt.fr example, €240 allowed, 4 days of €57 paid', () => {
    // SJR 100.00, 57.00 a day, 2,100.00 earned: 1,710.00 − 1,470.00 = 240.00; 2,340.00 ≤ 3,042.00;
    // 240 / 57 = 4.21 → 4 days: 228.00.
    const claim = areClaim({ dailyReferenceMinor: 10000, dailyMinor: 5700, capitalDays: 548 });
    const [first] = arePayments(schedule(claim, { earnings: tutoring(210000) }));
    expect(first).toMatchObject({ daysPaid: 4, grossMinor: 22800 });
  });

  it('caps benefit + earnings at SJR × 30.42', () => {
    // SJR 40.00, 30.00 a day (75 %), 1,100.00 earned: 900.00 − 770.00 = 130.00, but the cap
    // 40.00 × 30.42 = 1,216.80 leaves 116.80: 3 days (90.00), not 4 (120.00).
    const claim = areClaim({ dailyReferenceMinor: 4000, dailyMinor: 3000, capitalDays: 548 });
    const [capped] = arePayments(schedule(claim, { earnings: tutoring(110000) }));
    expect(capped).toMatchObject({ daysPaid: 3, grossMinor: 9000 });
    const uncapped = arePayments(
      schedule({ ...claim, capDaysHundredths: 10_000 }, { earnings: tutoring(110000) }),
    )[0];
    expect(uncapped).toMatchObject({ daysPaid: 4, grossMinor: 12000 });
  });

  it('splits the payment that holds the 183rd day: days 181–210 are 2 full and 28 reduced', () => {
    // 187.40 a day, 131.18 from the 183rd day paid. Six 30-day months use days 1–180.
    const claim = areClaim({
      dailyReferenceMinor: 32877,
      dailyMinor: 18740,
      reducedDailyMinor: 13118,
      capitalDays: 450,
    });
    const payments = arePayments(schedule(claim, { startsOn: '2026-01-01' }));
    expect(payments.slice(0, 6).map((p) => p.grossMinor)).toEqual(Array(6).fill(562200));
    // 2 × 187.40 + 28 × 131.18 = 374.80 + 3,673.04 = 4,047.84.
    expect(payments[6]).toMatchObject({
      from: '2026-07-01',
      daysPaid: 30,
      grossMinor: 404784,
      daysUsed: 210,
    });
    expect(payments[7]?.grossMinor).toBe(393540);
  });

  it('counts degressivity on days paid: side work pushes the reduction later', () => {
    // 1,000.00 a month earned: 5,622.00 − 700.00 = 4,922.00 → 26 days (26 × 187.40 = 4,872.40).
    const claim = areClaim({
      dailyReferenceMinor: 32877,
      dailyMinor: 18740,
      reducedDailyMinor: 13118,
      capitalDays: 450,
    });
    const payments = arePayments(schedule(claim, { startsOn: '2026-01-01', earnings: tutoring(100000) }));
    expect(payments.slice(0, 6).map((p) => p.daysPaid)).toEqual(Array(6).fill(26));
    // 7th month, days 157–186: 26 full + 4 reduced = 4,872.40 + 524.72 = 5,397.12; − 700.00 =
    // 4,697.12 → 25 full days (4,685.00); day 182 is the last one paid.
    expect(payments[6]).toMatchObject({ daysPaid: 25, grossMinor: 468500, daysUsed: 181 });
    // 8th month, days 182–211: 187.40 + 29 × 131.18 = 3,991.62; − 700.00 = 3,291.62: day 182 at
    // the full rate (187.40), then 3,104.22 / 131.18 = 23.66 → 23 reduced days (3,017.14).
    expect(payments[7]).toMatchObject({ daysPaid: 24, grossMinor: 320454, daysUsed: 205 });
  });

  it('pays a first, partial month by its calendar days: 26–31 March is 6 days', () => {
    const [first, second] = arePayments(schedule(TUTOR, { startsOn: '2026-03-26' }));
    expect(first).toMatchObject({ from: '2026-03-26', to: '2026-04-01', daysPaid: 6, grossMinor: 27036 });
    expect(second).toMatchObject({ from: '2026-04-01', daysPaid: 30 });
  });

  it('stops at a new job: April is paid for its first 15 days, on the 16th, and nothing after', () => {
    const payments = arePayments(schedule(TUTOR, { newJobStarts: '2026-04-16' }));
    expect(payments.map((p) => [p.on, p.daysPaid])).toEqual([
      ['2026-04-01', 30],
      ['2026-04-16', 15],
    ]);
  });

  it('counts side work from the day it starts: tutoring from 16 March earns 16/31 of March', () => {
    // 800.00 × 16 / 31 = 412.90; 1,351.80 − 289.03 = 1,062.77 → 23 days (1,036.38).
    const [march] = arePayments(schedule(TUTOR, { earnings: tutoring(80000, '2026-03-16') }));
    expect(march).toMatchObject({ earnedMinor: 41290, daysPaid: 23, grossMinor: 103638 });
  });

  it('carries the net into each payment: 42.69 a day for this claim', () => {
    // 3 % × 78.90 = 2.367 → 2.37; 45.06 − 2.37 = 42.69, under €60: no CSG or CRDS. 30 days: 1,280.70.
    expect(arePayments(schedule(TUTOR))[0]?.netMinor).toBe(128070);
  });
});

describe('side earnings by days', () => {
  it('spreads each month over its own days: 20 January – 9 February at 620.00 a month', () => {
    // January: 12 days × 620.00 / 31 = 240.00. February 2026: 9 days × 620.00 / 28 = 199.2857.
    // 439.2857 → 439.29.
    const side = [{ monthlyMinor: 62000, startsOn: '2026-01-20', endsOn: '2026-02-10' }];
    expect(earnedBetween(side, '2026-01-01', '2026-03-01')).toBe(43929);
    expect(earnedBetween(side, '2026-02-10', '2026-03-01')).toBe(0);
    expect(earnedBetween(side, '2026-01-01', '2026-02-01')).toBe(24000);
  });
});
