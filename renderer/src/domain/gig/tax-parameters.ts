/**
 * Taxes and social charges on gig income as dated, sourced, editable parameters (issue 14,
 * point 3). Every result built on them is an estimate: the screen labels it so and shows each
 * figure's source and date. `status: 'to-check'` marks a figure we could not confirm from an
 * official text; the screen says so beside it.
 */

export interface GigParameter {
  value: number;
  /** The first day the value applies. */
  validFrom: string;
  source: string;
  /** The day the source was read for this file. */
  checkedOn: string;
  status: 'confirmed' | 'to-check';
}

const READ_ON = '2026-12-01';

// France, micro-entrepreneur (régime micro-social): a flat share of the turnover actually
// cashed each month or quarter covers every social contribution (service-public.fr F37353).
// Décret n° 2025-943 du 8 septembre 2025 (CSS art. D. 613-4), in force 1 January 2026:
// "autres prestations de services" (BNC, non-regulated liberal work, where AI tutoring as a
// freelancer usually falls) 25.6 % (24.6 % until 31 Dec 2025); commercial or artisanal
// services (BIC) 21.2 %, unchanged. Read on arapl.org and afga72.com quoting the decree, and
// service-public.fr F37353 ("en 2026 … 25,6 %"). An older schedule (26.1 % for 2026) was
// replaced by this decree.
const DECREE_2025_943 = 'Décret n° 2025-943 du 8 sept. 2025, CSS art. D. 613-4 (service-public.fr F37353)';

export const FRANCE_MICRO_PARAMETERS = {
  bncServicesBasisPoints: {
    value: 2560,
    validFrom: '2026-01-01',
    source: `${DECREE_2025_943}: autres prestations de services (BNC), 25.6 %`,
    checkedOn: READ_ON,
    status: 'confirmed',
  },
  bicServicesBasisPoints: {
    value: 2120,
    validFrom: '2026-01-01',
    source: `${DECREE_2025_943}: prestations de services commerciales ou artisanales (BIC), 21.2 %`,
    checkedOn: READ_ON,
    status: 'confirmed',
  },
  // Contribution à la formation professionnelle, on top of the rate above: 0.2 % for liberal
  // work, 0.1 % for traders (0.3 % for craftspeople). Read on a private guide only.
  trainingBncBasisPoints: {
    value: 20,
    validFrom: '2026-01-01',
    source: 'CFP 0.2 % for liberal work (devenirautoentrepreneur.com, 2026)',
    checkedOn: READ_ON,
    status: 'to-check',
  },
  trainingBicBasisPoints: {
    value: 10,
    validFrom: '2026-01-01',
    source: 'CFP 0.1 % for traders, 0.3 % for craftspeople (devenirautoentrepreneur.com, 2026)',
    checkedOn: READ_ON,
    status: 'to-check',
  },
} satisfies Record<string, GigParameter>;

// United States: self-employment tax (irs.gov, Topic 554 "Self-employment tax", and Schedule
// SE): 15.3 % (12.4 % social security + 2.9 % Medicare) on 92.35 % of net earnings from
// self-employment, owed when those are $400 or more; the 12.4 % stops at the year's social
// security wage base. The 0.9 % Additional Medicare Tax above $200,000 is not modelled.
const TOPIC_554 = 'irs.gov, Topic no. 554 Self-employment tax, and Schedule SE';
const ONE_040_ES = 'irs.gov, Form 1040-ES (Estimated Tax for Individuals)';

export const US_SELF_EMPLOYMENT_PARAMETERS = {
  netEarningsBasisPoints: {
    value: 9235,
    validFrom: '2025-01-01',
    source: `${TOPIC_554}: 92.35 %`,
    checkedOn: READ_ON,
    status: 'confirmed',
  },
  socialSecurityBasisPoints: {
    value: 1240,
    validFrom: '2025-01-01',
    source: `${TOPIC_554}: 12.4 %`,
    checkedOn: READ_ON,
    status: 'confirmed',
  },
  medicareBasisPoints: {
    value: 290,
    validFrom: '2025-01-01',
    source: `${TOPIC_554}: 2.9 %`,
    checkedOn: READ_ON,
    status: 'confirmed',
  },
  minimumNetEarningsMinor: {
    value: 400_00,
    validFrom: '2025-01-01',
    source: `${TOPIC_554}: $400 or more`,
    checkedOn: READ_ON,
    status: 'confirmed',
  },
  // SSA's 2026 figure as announced in October 2025; not re-read at ssa.gov for this file.
  socialSecurityWageBaseMinor: {
    value: 184_500_00,
    validFrom: '2026-01-01',
    source: 'ssa.gov, contribution and benefit base for 2026 ($184,500)',
    checkedOn: READ_ON,
    status: 'to-check',
  },
  // Estimated tax is due in four payments when the year's tax, after withholding and
  // credits, will be $1,000 or more.
  quarterlyThresholdMinor: {
    value: 1_000_00,
    validFrom: '2025-01-01',
    source: `${ONE_040_ES}: $1,000 or more`,
    checkedOn: READ_ON,
    status: 'confirmed',
  },
} satisfies Record<string, GigParameter>;

// Federal income tax withheld from unemployment compensation on request: 10 % flat, asked for
// with Form W-4V (irs.gov, Form W-4V "Voluntary Withholding Request"; Topic 418). Voluntary.
export const US_UNEMPLOYMENT_WITHHOLDING: GigParameter = {
  value: 1000,
  validFrom: '2025-01-01',
  source: 'irs.gov, Form W-4V and Topic no. 418 Unemployment compensation: 10 %',
  checkedOn: READ_ON,
  status: 'confirmed',
};

type Values<T> = { [K in keyof T]: number };
const valuesOf = <T extends Record<string, GigParameter>>(parameters: T) =>
  Object.fromEntries(Object.entries(parameters).map(([key, p]) => [key, p.value])) as Values<T>;

export type FranceMicroValues = Values<typeof FRANCE_MICRO_PARAMETERS>;
export type UsSelfEmploymentValues = Values<typeof US_SELF_EMPLOYMENT_PARAMETERS>;
export const DEFAULT_FRANCE_MICRO: FranceMicroValues = valuesOf(FRANCE_MICRO_PARAMETERS);
export const DEFAULT_US_SELF_EMPLOYMENT: UsSelfEmploymentValues = valuesOf(US_SELF_EMPLOYMENT_PARAMETERS);
