/**
 * France's ARE rules as dated parameters, each with its source, for the estimator and the
 * claim it produces. They are revalued every July (and the severance divisor every January):
 * the user can change each one, and the screen shows its date and source.
 * Sources are those of shared/reference/benefits.md unless said otherwise.
 */

export interface Parameter {
  value: number;
  validFrom: string;
  source: string;
}

const BOARD_2025 = 'Unédic board, 25 June 2025 (cdg16.fr, cegape.fr)';
const AGE_BANDS = 'reported by age band; the bands change with reforms';
// unedic.org, fiche « Retenues sociales sur les allocations » (values from 1 July 2024).
const RETENUES = 'unedic.org, « Retenues sociales sur les allocations » (2024 values)';

export const ARE_PARAMETERS = {
  fixedPartMinorPerDay: { value: 1318, validFrom: '2025-07-01', source: BOARD_2025 },
  minimumMinorPerDay: { value: 3213, validFrom: '2025-07-01', source: BOARD_2025 },
  lowRateBasisPoints: { value: 4040, validFrom: '2025-07-01', source: 'Unédic: 40.4 % of SJR + fixed part' },
  highRateBasisPoints: { value: 5700, validFrom: '2025-07-01', source: 'Unédic: 57 % of SJR' },
  capRateBasisPoints: { value: 7500, validFrom: '2025-07-01', source: 'Unédic: at most 75 % of SJR' },
  waitingDays: { value: 7, validFrom: '2025-07-01', source: 'unedic.org: 7-day waiting period' },
  leaveDelayMaxDays: { value: 30, validFrom: '2025-07-01', source: 'unedic.org: at most 30 days' },
  specificDelayMaxDays: { value: 150, validFrom: '2025-07-01', source: 'unedic.org: at most 150 days' },
  specificDelayMaxDaysEconomic: {
    value: 75,
    validFrom: '2025-07-01',
    source: 'unedic.org: at most 75 days for an economic dismissal',
  },
  // Decree 2023-33 of 26 January 2023: days worked × 0.75, rounded UP to a whole day (gereso.com).
  durationCoefficientPercent: {
    value: 75,
    validFrom: '2023-02-01',
    source: 'Decree 2023-33: × 0.75, rounded up',
  },
  minimumDurationDays: { value: 182, validFrom: '2023-02-01', source: 'Unédic: about 6 months at least' },
  maxDaysUnder55: { value: 548, validFrom: '2025-04-01', source: `18 months, ${AGE_BANDS}` },
  maxDays55to56: { value: 685, validFrom: '2025-04-01', source: `22.5 months, ${AGE_BANDS}` },
  maxDays57Plus: { value: 822, validFrom: '2025-04-01', source: `27 months, ${AGE_BANDS}` },
  degressivityAgeLimit: { value: 55, validFrom: '2025-04-01', source: 'itg.fr: under an age threshold' },
  degressivityFloorMinorPerDay: { value: 9257, validFrom: '2025-07-01', source: BOARD_2025 },
  degressivityCutPercent: { value: 30, validFrom: '2021-07-01', source: 'itg.fr: 30 % less' },
  // Règlement d'assurance chômage, art. 17 bis: from the 183rd day paid (not the 7th payment).
  degressivityFromDay: {
    value: 183,
    validFrom: '2021-07-01',
    source: 'Règlement, art. 17 bis: 183rd day paid',
  },
  workingWhileClaimingPercent: {
    value: 70,
    validFrom: '2025-07-01',
    source: 'Unédic « cumul allocation et salaire »: 70 % of gross earnings',
  },
  // Benefit + earnings in a month at most SJR × 30.42 (chomeurs-precaires-cgt.fr worked example).
  monthlyCapDaysHundredths: {
    value: 3042,
    validFrom: '2025-07-01',
    source: 'Unédic « cumul »: benefit + earnings ≤ SJR × 30.42',
  },
  pensionBasisPoints: { value: 300, validFrom: '2024-07-01', source: `${RETENUES}: 3 % of SJR` },
  // Equal to the ARE minimum of July 2024 (€31.97); it may follow the minimum (€32.13 in 2025).
  pensionThresholdMinorPerDay: { value: 3197, validFrom: '2024-07-01', source: `${RETENUES}: €31.97` },
  // 6.2 %; 3.8 % or 0 for a low household income (reference tax income): change it if so.
  csgBasisPoints: {
    value: 620,
    validFrom: '2024-07-01',
    source: `${RETENUES}: 6.2 % (3.8 % or 0 by income)`,
  },
  crdsBasisPoints: { value: 50, validFrom: '2024-07-01', source: `${RETENUES}: 0.5 %` },
  csgBaseBasisPoints: { value: 9825, validFrom: '2024-07-01', source: `${RETENUES}: on 98.25 %` },
  // (hourly SMIC × 35) / 7 rounded up: 11.88 × 5 = 59.40 → €60.
  csgThresholdMinorPerDay: { value: 6000, validFrom: '2024-07-01', source: `${RETENUES}: €60` },
} satisfies Record<string, Parameter>;

export type AreParameters = { [K in keyof typeof ARE_PARAMETERS]: number };
export const DEFAULT_ARE: AreParameters = Object.fromEntries(
  Object.entries(ARE_PARAMETERS).map(([key, parameter]) => [key, parameter.value]),
) as AreParameters;

export interface DatedDivisor {
  year: number;
  /** The divisor × 100 (107.9 → 10790), in cents of severance per day of delay. */
  hundredths: number;
  source: string;
  /** True when worked out here from the social-security ceiling, not read in a text. */
  derived: boolean;
}

/**
 * The severance-delay (différé spécifique) divisor, indexed each January on the social-
 * security ceiling (PASS): 107.9 for 2024 (unedic.org, fiche « différé spécifique », Nov 2024);
 * PASS 2024 €46,368, 2025 €47,100, 2026 €48,060, so 107.9 × 47,100 / 46,368 = 109.60 for 2025
 * and 107.9 × 48,060 / 46,368 = 111.84 → 111.8 for 2026 (derived, rounded to a tenth).
 */
export const SPECIFIC_DELAY_DIVISORS: readonly DatedDivisor[] = [
  { year: 2024, hundredths: 10790, source: 'unedic.org, « différé spécifique », Nov 2024', derived: false },
  { year: 2025, hundredths: 10960, source: '107.9 × PASS 2025 / PASS 2024 (47,100 / 46,368)', derived: true },
  { year: 2026, hundredths: 11180, source: '107.9 × PASS 2026 / PASS 2024 (48,060 / 46,368)', derived: true },
];

/** The divisor for the year the contract ended: that year's, or the latest one known. */
export function specificDelayDivisor(contractEnd: string): DatedDivisor {
  const year = Number(contractEnd.slice(0, 4));
  const known = SPECIFIC_DELAY_DIVISORS.filter((divisor) => divisor.year <= year);
  return known.at(-1) ?? (SPECIFIC_DELAY_DIVISORS[0] as DatedDivisor);
}
