import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FRANCE_MICRO,
  FRANCE_MICRO_PARAMETERS,
  US_SELF_EMPLOYMENT_PARAMETERS,
} from '../../../renderer/src/domain/gig/tax-parameters';
import {
  franceMicroNet,
  monthlyGigNet,
  quarterlyDueDates,
  quarterlyEstimatesRequired,
  usSelfEmploymentTax,
  usUnemploymentNet,
} from '../../../renderer/src/domain/gig/taxes';

describe('France, micro-entrepreneur', () => {
  it('takes 25.6 % and the 0.2 % training contribution from a month of BNC turnover', () => {
    // €1,000.00: 256.00 + 2.00 → net 742.00
    expect(franceMicroNet(100000, 'bnc')).toEqual({
      grossMinor: 100000,
      deductions: [
        { code: 'fr-social-charges', amountMinor: 25600 },
        { code: 'fr-training', amountMinor: 200 },
      ],
      netMinor: 74200,
    });
    // €1,234.56: × 25.6 % = 316.04736 → 316.05; × 0.2 % = 2.46912 → 2.47; net 1,234.56 − 318.52 = 916.04
    expect(franceMicroNet(123456, 'bnc').netMinor).toBe(91604);
  });

  it('takes 21.2 % and 0.1 % for commercial services (BIC)', () => {
    // €1,000.00: 212.00 + 1.00 → 787.00
    expect(franceMicroNet(100000, 'bic-services').netMinor).toBe(78700);
  });

  it('uses the rate the user corrected', () => {
    const edited = { ...DEFAULT_FRANCE_MICRO, bncServicesBasisPoints: 2460, trainingBncBasisPoints: 0 };
    // 2025's 24.6 %: €1,000.00 → 754.00
    expect(franceMicroNet(100000, 'bnc', edited).netMinor).toBe(75400);
  });

  it('carries every figure with its date, its source and whether it is confirmed', () => {
    expect(FRANCE_MICRO_PARAMETERS.bncServicesBasisPoints).toMatchObject({
      value: 2560,
      validFrom: '2026-01-01',
      status: 'confirmed',
    });
    expect(FRANCE_MICRO_PARAMETERS.bncServicesBasisPoints.source).toContain('2025-943');
    expect(FRANCE_MICRO_PARAMETERS.trainingBncBasisPoints.status).toBe('to-check');
    expect(US_SELF_EMPLOYMENT_PARAMETERS.socialSecurityWageBaseMinor.status).toBe('to-check');
  });
});

describe('US self-employment tax', () => {
  it('is 15.3 % of 92.35 % of a month, in two lines rounded to the cent', () => {
    // $1,000.00 × 92.35 % = 923.50; × 12.4 % = 114.514 → 114.51; × 2.9 % = 26.7815 → 26.78
    const month = monthlyGigNet(100000, { kind: 'us-self-employed' });
    expect(month.deductions).toEqual([
      { code: 'us-social-security', amountMinor: 11451 },
      { code: 'us-medicare', amountMinor: 2678 },
    ]);
    expect(month.netMinor).toBe(85871);
  });

  it('is nothing below $400 a year, and stops the 12.4 % at the wage base', () => {
    expect(usSelfEmploymentTax(39999).totalMinor).toBe(0);
    // $400.00 → base 369.40; 45.8056 → 45.81; 10.7126 → 10.71
    expect(usSelfEmploymentTax(40000)).toEqual({
      baseMinor: 36940,
      socialSecurityMinor: 4581,
      medicareMinor: 1071,
      totalMinor: 5652,
    });
    // $250,000 → base 230,875.00; 12.4 % of 184,500.00 = 22,878.00; 2.9 % of 230,875.00 = 6,695.375 → 6,695.38
    expect(usSelfEmploymentTax(25_000_000)).toEqual({
      baseMinor: 23_087_500,
      socialSecurityMinor: 2_287_800,
      medicareMinor: 669_538,
      totalMinor: 2_957_338,
    });
  });

  it('asks for quarterly estimates from $1,000 of tax for the year', () => {
    expect(quarterlyEstimatesRequired(99_999)).toBe(false);
    expect(quarterlyEstimatesRequired(100_000)).toBe(true);
  });

  it('gives the four due dates, moved past weekends, MLK Day and Emancipation Day', () => {
    expect(quarterlyDueDates(2026)).toEqual(['2026-04-15', '2026-06-15', '2026-09-15', '2027-01-15']);
    // 15 Apr 2023 a Saturday; Monday 17 observed Emancipation Day → 18. 15 Jan 2024 is MLK Day → 16.
    expect(quarterlyDueDates(2023)).toEqual(['2023-04-18', '2023-06-15', '2023-09-15', '2024-01-16']);
    // 15 Apr 2022 a Friday observed as Emancipation Day → Monday 18; 15 Jan 2023 a Sunday, 16 MLK Day → 17.
    expect(quarterlyDueDates(2022)).toEqual(['2022-04-18', '2022-06-15', '2022-09-15', '2023-01-17']);
  });
});

describe('US unemployment withholding', () => {
  it('keeps 10 % back only when the user asked for it (Form W-4V)', () => {
    expect(usUnemploymentNet(45000, true).netMinor).toBe(40500);
    // $333.33 × 10 % = 33.333 → 33.33
    expect(usUnemploymentNet(33333, true).netMinor).toBe(30000);
    expect(usUnemploymentNet(45000, false)).toEqual({ grossMinor: 45000, deductions: [], netMinor: 45000 });
  });
});

describe('properties', () => {
  const regimes = fc.constantFrom(
    { kind: 'fr-micro' as const, activity: 'bnc' as const },
    { kind: 'fr-micro' as const, activity: 'bic-services' as const },
    { kind: 'us-self-employed' as const },
    { kind: 'none' as const },
  );
  test.prop([fc.integer({ min: 0, max: 100_000_000_00 }), regimes])(
    'net and deductions add up to gross',
    (gross, regime) => {
      const result = monthlyGigNet(gross, regime);
      expect(result.netMinor + result.deductions.reduce((s, d) => s + d.amountMinor, 0)).toBe(gross);
      expect(result.netMinor).toBeGreaterThanOrEqual(0);
    },
  );

  test.prop([fc.integer({ min: 0, max: 10_000_000_00 }), fc.integer({ min: 0, max: 1_000_00 }), regimes])(
    // Each line is rounded to the cent on its own, so one more cent earned can cost a cent per
    // line (US: $2.05 leaves $1.77, $2.06 leaves $1.76); never more than that.
    'earning more never leaves less, beyond a cent per rounded line',
    (gross, more, regime) => {
      const lines = monthlyGigNet(gross + more, regime).deductions.length;
      expect(monthlyGigNet(gross + more, regime).netMinor).toBeGreaterThanOrEqual(
        monthlyGigNet(gross, regime).netMinor - lines,
      );
    },
  );
});
