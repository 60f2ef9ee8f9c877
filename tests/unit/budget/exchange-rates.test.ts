import { describe, expect, it } from 'vitest';
import {
  convertMinor,
  formatRate,
  parseRateInput,
  rateFor,
  type ExchangeRate,
} from '../../../renderer/src/domain/budget/exchange-rates';

describe('exchange rates', () => {
  it('converts to the cent, half up once', () => {
    // 2,080.00 × 0.9204 = 1,914.432 → 1,914.43
    expect(convertMinor(208000, 920400)).toBe(191443);
    // 0.50 × 1.01 = 0.505 → 0.51 (half up)
    expect(convertMinor(50, 1010000)).toBe(51);
    // 1.00 × 0.004999 = 0.004999 → 0.00
    expect(convertMinor(100, 4999)).toBe(0);
    // The largest amounts and rates stay exact (no floating point): 1,000,000.00 × 1,000,000
    expect(convertMinor(100_000_000, 1_000_000_000_000)).toBe(100_000_000_000_000);
  });

  it('reads a rate typed with a decimal comma or point, up to six decimals', () => {
    expect(parseRateInput('0,9204', 'fr-FR')).toBe(920400);
    expect(parseRateInput(' 0.9204 ', 'fr-FR')).toBe(920400);
    expect(parseRateInput('0.9204', 'en-GB')).toBe(920400);
    expect(parseRateInput('1.172345', 'en-US')).toBe(1172345);
    expect(parseRateInput('150', 'en-US')).toBe(150000000);
    // A comma and three digits in English may be a thousands mark: refused, not guessed.
    expect(parseRateInput('1,000', 'en-US')).toBeNull();
    expect(parseRateInput('0,920', 'en-US')).toBe(920000);
    for (const bad of ['', 'abc', '0', '0,0000001', '-0.92', '1.000.000', '0.92 USD']) {
      expect(parseRateInput(bad, 'en-US'), bad).toBeNull();
    }
  });

  it('writes a rate back the way the locale writes decimals', () => {
    expect(formatRate(920400, 'en-GB')).toBe('0.9204');
    expect(formatRate(920400, 'fr-FR')).toBe('0,9204');
    expect(formatRate(150000000, 'en-US')).toBe('150');
    expect(formatRate(1000001, 'en-US')).toBe('1.000001');
  });

  it('uses the rate with the latest date for a currency', () => {
    const rate = (
      asOf: string,
      micros: number,
      currency: ExchangeRate['currency'] = 'USD',
    ): ExchangeRate => ({
      currency,
      homePerUnitMicros: micros,
      asOf,
      note: '',
    });
    const rates = [
      rate('2026-11-12', 920400),
      rate('2026-12-01', 930000),
      rate('2026-12-05', 1150000, 'GBP'),
    ];
    expect(rateFor('USD', rates)?.homePerUnitMicros).toBe(930000);
    expect(rateFor('CAD', rates)).toBeNull();
  });
});
