/** Gig income gross → net under the user's regime, with overrides: hand-computed to the cent. */
import { describe, expect, it } from 'vitest';
import type { GigTaxes } from '../../../preload/contract/gig-section';
import { usBenefits } from '../../../renderer/src/domain/budget/are-estimator';
import { buildBudget } from '../../../renderer/src/domain/budget/budget-plan';
import {
  benefitWithholding,
  benefitWithholdingBasisPoints,
  netByMonth,
  parametersFor,
  taxRegimeFor,
  usYearOutlook,
} from '../../../renderer/src/domain/budget/gig-taxes';
import { account, budget } from '../../support/budgets';

const taxes = (changes: Partial<GigTaxes> = {}): GigTaxes => ({
  microActivity: 'bnc',
  withholdUnemployment: false,
  overrides: {},
  ...changes,
});
const net = (gross: number, country: 'FR' | 'US' | 'DE', t: GigTaxes = taxes()) =>
  netByMonth([gross], taxRegimeFor(country, t))[0];

describe('France, micro-entrepreneur', () => {
  it('liberal services (BNC): 25.6 % and 0.2 % of €1,108.80', () => {
    // 1,108.80 × 25.6 % = 283.8528 → 283.85; × 0.2 % = 2.2176 → 2.22; net 822.73.
    expect(net(110880, 'FR')).toEqual({
      grossMinor: 110880,
      deductions: [
        { code: 'fr-social-charges', amountMinor: 28385 },
        { code: 'fr-training', amountMinor: 222 },
      ],
      netMinor: 82273,
    });
  });

  it('commercial services (BIC): 21.2 % and 0.1 %', () => {
    // 1,108.80 × 21.2 % = 235.0656 → 235.07; × 0.1 % = 1.1088 → 1.11; net 872.62.
    expect(net(110880, 'FR', taxes({ microActivity: 'bic-services' }))?.netMinor).toBe(87262);
  });

  it('the user’s own rate replaces ours: 24.6 % → 272.76, net 833.82', () => {
    const own = taxes({ overrides: { bncServicesBasisPoints: 2460 } });
    expect(net(110880, 'FR', own)?.netMinor).toBe(83382);
    const shown = parametersFor('FR', own);
    expect(shown.map((p) => [p.key, p.value, p.overridden])).toEqual([
      ['bncServicesBasisPoints', 2460, true],
      ['trainingBncBasisPoints', 20, false],
    ]);
    expect(shown[0]?.parameter).toMatchObject({ value: 2560, validFrom: '2026-01-01' });
  });
});

describe('United States, self-employed', () => {
  it('sets aside 15.3 % of 92.35 % of $1,260.00', () => {
    // Base 1,260.00 × 92.35 % = 1,163.61; 12.4 % = 144.28764 → 144.29; 2.9 % = 33.74469 → 33.74.
    expect(net(126000, 'US')).toMatchObject({ netMinor: 126000 - 14429 - 3374 });
  });

  it('quarterly estimates are due once the year’s tax reaches $1,000', () => {
    // One month: tax 144.29 + 33.74 = 177.03, under 1,000.
    expect(usYearOutlook([126000], 'US', taxes())).toMatchObject({ totalMinor: 17803, quarterly: false });
    // Twelve: 15,120.00 × 92.35 % = 13,963.32; 12.4 % = 1,731.45; 2.9 % = 404.94 → 2,136.39.
    expect(usYearOutlook(Array(12).fill(126000), 'US', taxes())).toMatchObject({
      totalMinor: 213639,
      quarterly: true,
    });
    expect(usYearOutlook([126000], 'FR', taxes())).toBeNull();
  });

  it('withholds 10 % of each benefit payment only when asked (W-4V)', () => {
    expect(benefitWithholding('US', taxes(), 45000)?.netMinor).toBe(45000);
    expect(benefitWithholding('US', taxes({ withholdUnemployment: true }), 45000)?.netMinor).toBe(40500);
    const own = taxes({
      withholdUnemployment: true,
      overrides: { unemploymentWithholdingBasisPoints: 1200 },
    });
    expect(benefitWithholding('US', own, 45000)?.netMinor).toBe(39600);
    expect(benefitWithholding('FR', own, 45000)).toBeNull();
  });
});

it('elsewhere nothing is modelled: net is gross', () => {
  expect(net(110880, 'DE')).toEqual({ grossMinor: 110880, deductions: [], netMinor: 110880 });
  expect(parametersFor('DE', taxes())).toEqual([]);
});

describe('the W-4V withholding in the projection', () => {
  it('takes 10 % off each weekly payment, after the partial-benefit rule', () => {
    expect(benefitWithholdingBasisPoints('US', taxes())).toBe(0);
    expect(benefitWithholdingBasisPoints('US', taxes({ withholdUnemployment: true }))).toBe(1000);
    expect(benefitWithholdingBasisPoints('FR', taxes({ withholdUnemployment: true }))).toBe(0);
    // $450.00 a week from Monday 7 December 2026: $405.00 paid each week with the withholding.
    const section = budget({
      accounts: [account(500000)],
      benefits: usBenefits({
        weeklyMinor: 45000,
        weeks: 4,
        startsOn: '2026-12-07',
        partialPercent: 100,
        disregardMinor: 0,
      }),
    });
    const input = { section, offers: [], currency: 'USD' as const, pathCosts: [], start: '2026-11-18' };
    const income = (bp: number) =>
      buildBudget({ ...input, benefitWithholdingBasisPoints: bp })[0]?.projection.months.reduce(
        (sum, m) => sum + m.incomeMinor,
        0,
      );
    expect(income(0)).toBe(4 * 45000);
    expect(income(1000)).toBe(4 * 40500);
  });
});
