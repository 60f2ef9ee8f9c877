/** Properties of the ARE rule that hold for any claim and any side earnings. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AreClaim } from '../../../preload/contract/budget-section';
import { arePayments, type AreSchedule } from '../../../renderer/src/domain/budget/are-payments';
import { areClaim } from '../../support/budgets';

const claims: fc.Arbitrary<AreClaim> = fc
  .record({
    sjr: fc.integer({ min: 4000, max: 40000 }),
    dailyShare: fc.integer({ min: 57, max: 75 }),
    degressive: fc.boolean(),
    capital: fc.integer({ min: 182, max: 822 }),
  })
  .map(({ sjr, dailyShare, degressive, capital }) => {
    const daily = Math.round((sjr * dailyShare) / 100);
    return areClaim({
      dailyReferenceMinor: sjr,
      dailyMinor: daily,
      reducedDailyMinor: degressive ? Math.max(9257, Math.round(daily * 0.7)) : null,
      capitalDays: capital,
    });
  });
const starts = fc
  .integer({ min: 0, max: 60 })
  .map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));
const firstDays = fc
  .integer({ min: 0, max: 24 })
  .map((n) => new Date(Date.UTC(2026, n, 1)).toISOString().slice(0, 10));
const monthly = fc.integer({ min: 0, max: 400_000 });
const schedule = (claim: AreClaim, startsOn: string, earningMinor: number): AreSchedule => ({
  claim,
  startsOn,
  earnings: [{ monthlyMinor: earningMinor, startsOn: '2026-01-01', endsOn: null }],
  newJobStarts: null,
  until: '2030-01-01',
});

describe('ARE properties', () => {
  it('more earnings never increase a month’s benefit', () => {
    fc.assert(
      fc.property(claims, starts, monthly, fc.integer({ min: 1, max: 200_000 }), (claim, start, e, more) => {
        const [less] = arePayments(schedule(claim, start, e));
        const [most] = arePayments(schedule(claim, start, e + more));
        expect(most?.grossMinor ?? 0).toBeLessThanOrEqual(less?.grossMinor ?? 0);
      }),
    );
  });

  it('more earnings never use the claim up sooner: the days used by any month are never more', () => {
    fc.assert(
      fc.property(claims, starts, monthly, fc.integer({ min: 1, max: 200_000 }), (claim, start, e, more) => {
        const less = arePayments(schedule(claim, start, e));
        const most = arePayments(schedule(claim, start, e + more));
        less.forEach((payment, i) => {
          expect(most[i]?.daysUsed ?? claim.capitalDays).toBeLessThanOrEqual(payment.daysUsed);
        });
      }),
    );
  });

  it('never pays benefit + earnings above SJR × 30.42 in a month, nor more days than the claim holds', () => {
    fc.assert(
      fc.property(claims, starts, monthly, (claim, start, e) => {
        const payments = arePayments(schedule(claim, start, e));
        const cap = Math.round(claim.dailyReferenceMinor * 30.42);
        for (const payment of payments) {
          if (payment.daysPaid > 0) expect(payment.grossMinor + payment.earnedMinor).toBeLessThanOrEqual(cap);
        }
        expect(payments.at(-1)?.daysUsed ?? 0).toBeLessThanOrEqual(claim.capitalDays);
      }),
    );
  });

  it('more earnings, by at least a day’s benefit ÷ 0.3, never lower the month’s benefit + earnings', () => {
    // Rounding down to whole days can cost up to one day's benefit, so smaller raises may dip;
    // the cap is left out here (it holds benefit + earnings at most at SJR × 30.42). Whole
    // months, so the raise is earned in full within the month.
    fc.assert(
      fc.property(
        claims,
        firstDays,
        monthly,
        fc.integer({ min: 0, max: 200_000 }),
        (claim, start, e, extra) => {
          const uncapped = { ...claim, capDaysHundredths: 10_000 };
          const raise = Math.ceil((claim.dailyMinor * 10) / 3) + extra;
          const [less] = arePayments(schedule(uncapped, start, e));
          const [most] = arePayments(schedule(uncapped, start, e + raise));
          if (!less || !most) return;
          expect(most.grossMinor + most.earnedMinor).toBeGreaterThanOrEqual(
            less.grossMinor + less.earnedMinor,
          );
        },
      ),
    );
  });
});
