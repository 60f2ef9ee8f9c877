/** The ARE estimator against hand calculations (2025 parameters), and the US helper. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ARE, estimateAre, usBenefits } from '../../../renderer/src/domain/budget/are-estimator';
import { specificDelayDivisor } from '../../../renderer/src/domain/budget/are-parameters';

const base = {
  grossReferenceMinor: 7_200_000, // 72,000.00 over 24 months
  referenceDays: 730,
  daysWorked: 600,
  age: 40,
  contractEnd: '2026-01-31',
  supraLegalSeveranceMinor: 0,
  leavePayoutMinor: 0,
  economicDismissal: false,
};

describe('France ARE estimate', () => {
  it('takes the higher formula: 57 % of a 98.63 daily wage is 56.22, above 40.4 % + 13.18 = 53.03', () => {
    // SJR = 7,200,000 / 730 = 9,863.01 → 9,863 cents. 40.4 % → 3,985 + 1,318 = 5,303; 57 % → 5,622.
    const estimate = estimateAre(base);
    expect(estimate.dailyReferenceMinor).toBe(9863);
    expect(estimate.dailyMinor).toBe(5622);
    expect(estimate.monthlyMinor).toBe(168660); // 30-day months
    // 600 days worked × 0.75 = 450 days: 15 payments of 30 days, no partial last one.
    expect(estimate.durationDays).toBe(450);
    expect(estimate.benefits).toMatchObject({
      payments: 15,
      finalPaymentMinor: null,
      reducedAmountMinor: null,
    });
  });

  it('uses 40.4 % + the fixed part for low wages: 50.00 a day gives 33.38', () => {
    const estimate = estimateAre({ ...base, grossReferenceMinor: 3_650_000 }); // 5,000 cents a day
    // 40.4 % → 2,020 + 1,318 = 3,338; 57 % → 2,850; minimum 3,213; cap 3,750.
    expect(estimate.dailyMinor).toBe(3338);
  });

  it('never pays more than 75 % of the daily wage, even below the minimum', () => {
    const estimate = estimateAre({ ...base, grossReferenceMinor: 2_920_000 }); // 4,000 cents a day
    // 40.4 % → 1,616 + 1,318 = 2,934; minimum 3,213; cap 3,000 wins.
    expect(estimate.dailyMinor).toBe(3000);
  });

  it('delays the start for severance above the legal minimum and for paid leave, plus 7 days', () => {
    // The contract ends in 2026: divisor 111.8 (107.9 × 48,060 / 46,368, derived from the PASS).
    // Severance: 5,000.00 / 111.80 = 44.7 → 44 days. Leave: 1,000.00 / 98.63 = 10.1 → 10 days.
    // 31 January + 1 + 44 + 10 + 7 = 62 days later: 3 April.
    const estimate = estimateAre({ ...base, supraLegalSeveranceMinor: 500_000, leavePayoutMinor: 100_000 });
    expect(estimate.delays).toEqual({ leaveDays: 10, specificDays: 44, waitingDays: 7 });
    expect(estimate.startsOn).toBe('2026-04-03');
    expect(estimate.divisor).toMatchObject({ year: 2026, hundredths: 11180, derived: true });
    // Capped at 75 days for an economic dismissal.
    expect(
      estimateAre({ ...base, supraLegalSeveranceMinor: 5_000_000, economicDismissal: true }).delays
        .specificDays,
    ).toBe(75);
  });

  it('takes the severance divisor of the year the contract ended', () => {
    const severance = { ...base, supraLegalSeveranceMinor: 500_000 };
    // 2024: 500,000 / 10,790 = 46.3 → 46 days (unedic.org's 107.9, not derived).
    const in2024 = estimateAre({ ...severance, contractEnd: '2024-11-30' });
    expect(in2024.delays.specificDays).toBe(46);
    expect(in2024.divisor).toMatchObject({ year: 2024, derived: false });
    // 2025: 500,000 / 10,960 = 45.6 → 45 days.
    expect(estimateAre({ ...severance, contractEnd: '2025-06-30' }).delays.specificDays).toBe(45);
    // A year with no published value yet keeps the latest known one (2026's), and says so.
    expect(estimateAre({ ...severance, contractEnd: '2027-03-31' }).divisor.year).toBe(2026);
    expect(specificDelayDivisor('2023-12-31').year).toBe(2024);
  });

  it('rounds the duration UP to a whole day (decree 2023-33): 303 days worked give 228, not 227', () => {
    // 303 × 0.75 = 227.25 → 228 days; 300 × 0.75 = 225 exactly stays 225.
    expect(estimateAre({ ...base, daysWorked: 303 }).durationDays).toBe(228);
    expect(estimateAre({ ...base, daysWorked: 300 }).durationDays).toBe(225);
  });

  it('reduces high benefits by 30 % from the 183rd day paid, never below the floor', () => {
    // 240,000.00 over 730 days → SJR 32,877; 57 % → 18,740 a day; × 70 % = 13,118 ≥ 9,257.
    const estimate = estimateAre({ ...base, grossReferenceMinor: 24_000_000 });
    expect(estimate.dailyMinor).toBe(18740);
    expect(estimate.reducedDailyMinor).toBe(13118);
    expect(estimate.benefits).toMatchObject({
      amountMinor: 562200,
      reducedAmountMinor: 393540,
      reducedFromPayment: 7,
      are: { dailyMinor: 18740, reducedDailyMinor: 13118, reducedFromDay: 183, capitalDays: 450 },
    });
    // 120,000.00 over 730 days: SJR 16,438 → 57 % = 9,370 (above 40.4 % + 13.18 = 79.59);
    // × 70 % = 6,559, below the floor of 92.57, so the reduced day is the floor.
    expect(estimateAre({ ...base, grossReferenceMinor: 12_000_000 }).reducedDailyMinor).toBe(9257);
    // Not for claimants at or over the age limit.
    expect(estimateAre({ ...base, grossReferenceMinor: 24_000_000, age: 56 }).reducedDailyMinor).toBeNull();
  });

  it('ends mid-month when the rights do: 300 days worked give 225 days, the last payment 15 days', () => {
    const estimate = estimateAre({ ...base, daysWorked: 300 });
    expect(estimate.durationDays).toBe(225);
    expect(estimate.benefits).toMatchObject({ payments: 8, finalPaymentMinor: 5622 * 15 });
  });

  it('estimates the net: 3 % of the SJR comes off; below €60 a day, no CSG or CRDS', () => {
    // SJR 98.63: 3 % = 2.9589 → 2.96; 56.22 − 2.96 = 53.26 a day, under the €60 CSG threshold.
    // 53.26 × 30 = 1,597.80 net against 1,686.60 gross.
    const estimate = estimateAre(base);
    expect(estimate.monthlyNetMinor).toBe(159780);
    expect(estimate.monthlyMinor).toBe(168660);
  });

  it('lets the user change a parameter, for when the rates move in July', () => {
    const estimate = estimateAre(base, { ...DEFAULT_ARE, highRateBasisPoints: 6000 });
    expect(estimate.dailyMinor).toBe(5918); // 60 % of 9,863 = 5,917.8
  });
});

describe('United States benefits', () => {
  it('pay the letter’s weekly amount for its weeks, with the state’s partial rule', () => {
    expect(
      usBenefits({
        weeklyMinor: 45000,
        weeks: 26,
        startsOn: '2026-02-02',
        partialPercent: 67,
        disregardMinor: 5000,
      }),
    ).toMatchObject({
      amountMinor: 45000,
      period: 'week',
      payments: 26,
      partialPercent: 67,
      partialDisregardMinor: 5000,
    });
  });
});
