/**
 * Gig income gross → net in the budget, under the user's regime (issue 14, point 3): France's
 * micro-entrepreneur charges for French users, US self-employment tax for US users, nothing
 * modelled elsewhere. The user's overrides (gig section, `taxes.overrides`) replace our dated
 * defaults key by key; every figure shown carries its source and date (tax-parameters.ts),
 * and every result is an estimate.
 */
import type { CountryCode } from '../../../../preload/contract/document';
import type { GigTaxes, GigTaxParameterKey } from '../../../../preload/contract/gig-section';
import {
  FRANCE_MICRO_PARAMETERS,
  US_SELF_EMPLOYMENT_PARAMETERS,
  US_UNEMPLOYMENT_WITHHOLDING,
  type GigParameter,
} from '../gig/tax-parameters';
import {
  monthlyGigNet,
  quarterlyEstimatesRequired,
  usSelfEmploymentTax,
  usUnemploymentNet,
  type GigTaxRegime,
  type NetEstimate,
} from '../gig/taxes';

const withOverrides = <T extends Record<string, GigParameter>>(parameters: T, taxes: GigTaxes) =>
  Object.fromEntries(
    Object.entries(parameters).map(([key, p]) => [
      key,
      taxes.overrides[key as GigTaxParameterKey] ?? p.value,
    ]),
  ) as { [K in keyof T]: number };

export function taxRegimeFor(country: CountryCode, taxes: GigTaxes): GigTaxRegime {
  if (country === 'FR')
    return {
      kind: 'fr-micro',
      activity: taxes.microActivity,
      values: withOverrides(FRANCE_MICRO_PARAMETERS, taxes),
    };
  if (country === 'US')
    return { kind: 'us-self-employed', values: withOverrides(US_SELF_EMPLOYMENT_PARAMETERS, taxes) };
  return { kind: 'none' };
}

export interface ShownParameter {
  key: GigTaxParameterKey;
  /** The value used: the user's when they set one. */
  value: number;
  parameter: GigParameter;
  overridden: boolean;
}

/** The parameters the regime uses, in the order the screen lists them, with the user's values. */
export function parametersFor(country: CountryCode, taxes: GigTaxes): ShownParameter[] {
  const table: Partial<Record<GigTaxParameterKey, GigParameter>> =
    country === 'FR'
      ? taxes.microActivity === 'bnc'
        ? {
            bncServicesBasisPoints: FRANCE_MICRO_PARAMETERS.bncServicesBasisPoints,
            trainingBncBasisPoints: FRANCE_MICRO_PARAMETERS.trainingBncBasisPoints,
          }
        : {
            bicServicesBasisPoints: FRANCE_MICRO_PARAMETERS.bicServicesBasisPoints,
            trainingBicBasisPoints: FRANCE_MICRO_PARAMETERS.trainingBicBasisPoints,
          }
      : country === 'US'
        ? {
            ...US_SELF_EMPLOYMENT_PARAMETERS,
            unemploymentWithholdingBasisPoints: US_UNEMPLOYMENT_WITHHOLDING,
          }
        : {};
  return Object.entries(table).map(([key, parameter]) => {
    const own = taxes.overrides[key as GigTaxParameterKey];
    return {
      key: key as GigTaxParameterKey,
      value: own ?? parameter.value,
      parameter: parameter,
      overridden: own !== undefined,
    };
  });
}

/** Each month's gross gig income, net of the regime's charges. */
export function netByMonth(grossMinors: readonly number[], regime: GigTaxRegime): NetEstimate[] {
  return grossMinors.map((gross) => monthlyGigNet(gross, regime));
}

/** US: the year's self-employment tax on the months' gross, and whether quarterly estimates are due. */
export function usYearOutlook(grossMinors: readonly number[], country: CountryCode, taxes: GigTaxes) {
  if (country !== 'US') return null;
  const values = withOverrides(US_SELF_EMPLOYMENT_PARAMETERS, taxes);
  const tax = usSelfEmploymentTax(
    grossMinors.reduce((sum, gross) => sum + gross, 0),
    values,
  );
  return { ...tax, quarterly: quarterlyEstimatesRequired(tax.totalMinor, values) };
}

/** US: a benefit payment with the W-4V withholding if the user asked for it; null elsewhere. */
export function benefitWithholding(
  country: CountryCode,
  taxes: GigTaxes,
  benefitMinor: number,
): NetEstimate | null {
  if (country !== 'US') return null;
  return usUnemploymentNet(
    benefitMinor,
    taxes.withholdUnemployment,
    taxes.overrides.unemploymentWithholdingBasisPoints ?? US_UNEMPLOYMENT_WITHHOLDING.value,
  );
}

/** US with the W-4V withholding asked for: its basis points, for the projection; 0 otherwise. */
export function benefitWithholdingBasisPoints(country: CountryCode, taxes: GigTaxes): number {
  if (country !== 'US' || !taxes.withholdUnemployment) return 0;
  return taxes.overrides.unemploymentWithholdingBasisPoints ?? US_UNEMPLOYMENT_WITHHOLDING.value;
}
