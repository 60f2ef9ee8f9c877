/**
 * From a gross ARE day to the net paid (unedic.org, « Retenues sociales sur les allocations »):
 * first 3 % of the SJR for supplementary pensions, then CSG 6.2 % and CRDS 0.5 % on 98.25 % of
 * the benefit left after it. No deduction may take the day below its exemption threshold: it
 * is cut to what is above the threshold (nothing at all when the day is already below it).
 * Each step is rounded once, half up, to the cent, as the fiche's worked example does.
 */
import type { AreClaim } from '../../../../preload/contract/budget-section';

const rate = (minor: number, basisPoints: number) => Math.round((minor * basisPoints) / 10_000);

/** A deduction, cut so that what is left stays at or above the threshold. */
const above = (amount: number, deduction: number, threshold: number) =>
  Math.min(deduction, Math.max(0, amount - threshold));

export interface NetDay {
  pensionMinor: number;
  csgMinor: number;
  crdsMinor: number;
  netMinor: number;
}

export function netDay(
  grossDailyMinor: number,
  claim: Pick<AreClaim, 'dailyReferenceMinor' | 'net'>,
): NetDay {
  const n = claim.net;
  const pension = above(
    grossDailyMinor,
    rate(claim.dailyReferenceMinor, n.pensionBasisPoints),
    n.pensionThresholdMinor,
  );
  const afterPension = grossDailyMinor - pension;
  const base = rate(afterPension, n.csgBaseBasisPoints);
  const csg = above(afterPension, rate(base, n.csgBasisPoints), n.csgThresholdMinor);
  const crds = above(afterPension - csg, rate(base, n.crdsBasisPoints), n.csgThresholdMinor);
  return { pensionMinor: pension, csgMinor: csg, crdsMinor: crds, netMinor: afterPension - csg - crds };
}
