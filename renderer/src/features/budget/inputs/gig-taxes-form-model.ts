/**
 * The gig tax settings as typed (the gig section's `taxes`): the micro-entrepreneur activity,
 * the W-4V withholding, and the user's own figure for any parameter shown. A rate is typed as
 * a percentage with up to two decimals (25.6 → 2,560 basis points), an amount as money; an
 * empty box means "use our dated figure" and removes the override.
 */
import { z } from 'zod';
import {
  GIG_TAX_PARAMETER_KEYS,
  MICRO_ACTIVITIES,
  type GigTaxes,
  type GigTaxParameterKey,
} from '../../../../../preload/contract/gig-section';
import { minorFromText, moneyField, textFromMinor } from '../../../domain/forms/typed-fields';

/** Rates are basis points up to 100 %; amounts the contract's largest override (gig-section.ts). */
const MAX_BASIS_POINTS = 10_000;
export const MAX_OVERRIDE = 10_000_000_00;
export const isRate = (key: GigTaxParameterKey) => key.endsWith('BasisPoints');

export interface GigTaxValues {
  microActivity: GigTaxes['microActivity'];
  withholdUnemployment: boolean;
  overrides: Record<GigTaxParameterKey, string>;
}

export function gigTaxSchema(numberLocale: string) {
  const field = (key: GigTaxParameterKey) =>
    moneyField(numberLocale, {
      max: isRate(key) ? MAX_BASIS_POINTS : MAX_OVERRIDE,
      invalid: 'budget.gig.taxes.invalid',
    });
  return z.object({
    microActivity: z.enum(MICRO_ACTIVITIES),
    withholdUnemployment: z.boolean(),
    overrides: z.object(
      Object.fromEntries(GIG_TAX_PARAMETER_KEYS.map((key) => [key, field(key)])) as Record<
        GigTaxParameterKey,
        ReturnType<typeof field>
      >,
    ),
  });
}

export function gigTaxValues(taxes: GigTaxes, numberLocale: string): GigTaxValues {
  return {
    microActivity: taxes.microActivity,
    withholdUnemployment: taxes.withholdUnemployment,
    overrides: Object.fromEntries(
      GIG_TAX_PARAMETER_KEYS.map((key) => [key, textFromMinor(taxes.overrides[key], numberLocale)]),
    ) as Record<GigTaxParameterKey, string>,
  };
}

/** Back to the section's `taxes`: only the keys `shown` change; an empty box drops its override. */
export function gigTaxesFrom(
  values: GigTaxValues,
  previous: GigTaxes,
  shown: readonly GigTaxParameterKey[],
  numberLocale: string,
): GigTaxes {
  const overrides = { ...previous.overrides };
  for (const key of shown) {
    const minor = minorFromText(values.overrides[key], numberLocale);
    if (minor === null) delete overrides[key];
    else overrides[key] = minor;
  }
  return {
    microActivity: values.microActivity,
    withholdUnemployment: values.withholdUnemployment,
    overrides,
  };
}
