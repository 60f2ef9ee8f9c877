/** Gross ARE day → net, against unedic.org's « Retenues sociales sur les allocations » worked examples. */
import { describe, expect, it } from 'vitest';
import type { AreClaim } from '../../../preload/contract/budget-section';
import { netDay } from '../../../renderer/src/domain/budget/are-net';

const NET: AreClaim['net'] = {
  pensionBasisPoints: 300,
  pensionThresholdMinor: 3197,
  csgBasisPoints: 620,
  crdsBasisPoints: 50,
  csgBaseBasisPoints: 9825,
  csgThresholdMinor: 6000,
};
const claim = (dailyReferenceMinor: number) => ({ dailyReferenceMinor, net: NET });

describe('ARE net of contributions', () => {
  it('Unédic example 1: SJR €120, €68.40 a day → €60.53 net', () => {
    // Pension 3 % × 120.00 = 3.60 → 64.80 left. Base 64.80 × 98.25 % = 63.666 → 63.67.
    // CSG 6.2 % × 63.67 = 3.947 → 3.95 (64.80 − 3.95 = 60.85 ≥ 60). CRDS 0.5 % = 0.318 → 0.32.
    expect(netDay(6840, claim(12000))).toEqual({
      pensionMinor: 360,
      csgMinor: 395,
      crdsMinor: 32,
      netMinor: 6053,
    });
  });

  it('Unédic example 2: SJR €70, €39.90 a day → €37.80, no CSG or CRDS under €60', () => {
    // Pension 3 % × 70.00 = 2.10; 39.90 − 2.10 = 37.80 ≥ 31.97. 37.80 < 60: no CSG, no CRDS.
    expect(netDay(3990, claim(7000))).toEqual({
      pensionMinor: 210,
      csgMinor: 0,
      crdsMinor: 0,
      netMinor: 3780,
    });
  });

  it('cuts a contribution so the day never falls below its threshold', () => {
    // SJR 90.00, 63.00 a day: pension 2.70 → 60.30. CSG 6.2 % × (60.30 × 98.25 % = 59.24) = 3.67,
    // cut to 0.30 (60.30 − 60); CRDS 0.30 cut to 0: 60.00 net.
    expect(netDay(6300, claim(9000))).toEqual({
      pensionMinor: 270,
      csgMinor: 30,
      crdsMinor: 0,
      netMinor: 6000,
    });
    // SJR 44.00, the minimum 32.13 a day: pension 1.32 cut to 0.16 (32.13 − 31.97).
    expect(netDay(3213, claim(4400)).pensionMinor).toBe(16);
  });

  it('takes nothing from a household exempt from CSG (rate set to 0 by the user)', () => {
    const exempt = { dailyReferenceMinor: 12000, net: { ...NET, csgBasisPoints: 0, crdsBasisPoints: 0 } };
    expect(netDay(6840, exempt).netMinor).toBe(6480);
  });
});
