/** The budget's fast converter picks the same dated rate and amount as gig-money.ts's toHome. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { homeConverter } from '../../../renderer/src/domain/budget/gig-rates';
import { toHome } from '../../../renderer/src/domain/gig/gig-money';

const day = fc
  .integer({ min: 0, max: 120 })
  .map(
    (n) => `2026-${String(9 + Math.floor(n / 31)).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`,
  );
const rate = fc.record({
  currency: fc.constantFrom('USD' as const, 'GBP' as const),
  homePerUnitMicros: fc.integer({ min: 1, max: 2_000_000 }),
  asOf: day,
  note: fc.constant(''),
});

describe('the fast converter', () => {
  it('agrees with toHome on every amount, currency and day', () => {
    fc.assert(
      fc.property(
        fc.array(rate, { maxLength: 6 }),
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 1_000_000_00 }), fc.constantFrom('USD', 'GBP', 'EUR'), day),
          {
            maxLength: 10,
          },
        ),
        (rates, amounts) => {
          const convert = homeConverter('EUR', rates);
          for (const [amount, currency, on] of amounts) {
            const code = currency;
            expect(convert(amount, code, on)).toEqual(toHome(amount, code, on, 'EUR', rates));
          }
        },
      ),
    );
  });

  it('on one date the later entry wins; before the first date the earliest stands in, flagged', () => {
    const rates = [
      { currency: 'USD' as const, homePerUnitMicros: 900_000, asOf: '2026-10-15', note: '' },
      { currency: 'USD' as const, homePerUnitMicros: 910_000, asOf: '2026-10-15', note: 'later' },
    ];
    const convert = homeConverter('EUR', rates);
    // $100.00 × 0.91 = €91.00; before 15 October the same rate stands in, flagged.
    expect(convert(10000, 'USD', '2026-10-20')).toMatchObject({
      amountMinor: 9100,
      rate: { datedAfter: false },
    });
    expect(convert(10000, 'USD', '2026-10-01')).toMatchObject({
      amountMinor: 9000,
      rate: { datedAfter: true },
    });
    expect(convert(10000, 'GBP', '2026-10-01')).toEqual({ ok: false });
  });
});
