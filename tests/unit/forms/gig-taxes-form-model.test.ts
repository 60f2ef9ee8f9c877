/** The gig tax settings form: typed percentages ↔ basis points, amounts ↔ cents, and its limits. */
import { describe, expect, it } from 'vitest';
import { gigTaxesSchema, type GigTaxes } from '../../../preload/contract/gig-section';
import {
  gigTaxesFrom,
  gigTaxSchema,
  gigTaxValues,
  MAX_OVERRIDE,
} from '../../../renderer/src/features/budget/inputs/gig-taxes-form-model';

const TAXES: GigTaxes = {
  microActivity: 'bic-services',
  withholdUnemployment: true,
  overrides: { bicServicesBasisPoints: 2050, minimumNetEarningsMinor: 40000 },
};

describe('gig tax settings as typed', () => {
  it('round-trips: 20.5 % and $400.00 come back as typed, then as saved', () => {
    const values = gigTaxValues(TAXES, 'fr-FR');
    expect(values.overrides.bicServicesBasisPoints).toBe('20,50');
    expect(values.overrides.bncServicesBasisPoints).toBe('');
    const back = gigTaxesFrom(values, TAXES, ['bicServicesBasisPoints', 'minimumNetEarningsMinor'], 'fr-FR');
    expect(back).toEqual(TAXES);
    expect(gigTaxesSchema.safeParse(back).success).toBe(true);
  });

  it('an emptied box drops the override; keys not shown keep theirs', () => {
    const values = gigTaxValues(TAXES, 'en-US');
    values.overrides.bicServicesBasisPoints = '';
    values.overrides.trainingBicBasisPoints = '0.3';
    const back = gigTaxesFrom(values, TAXES, ['bicServicesBasisPoints', 'trainingBicBasisPoints'], 'en-US');
    expect(back.overrides).toEqual({ minimumNetEarningsMinor: 40000, trainingBicBasisPoints: 30 });
  });

  it('refuses a rate above 100 % and an amount above the contract’s largest, with its own message', () => {
    const schema = gigTaxSchema('en-US');
    const values = gigTaxValues(TAXES, 'en-US');
    const with_ = (key: keyof typeof values.overrides, text: string) =>
      schema.safeParse({ ...values, overrides: { ...values.overrides, [key]: text } });
    expect(with_('bncServicesBasisPoints', '100').success).toBe(true);
    const tooHigh = with_('bncServicesBasisPoints', '100.01');
    expect(tooHigh.success).toBe(false);
    expect(tooHigh.error?.issues[0]?.message).toBe('budget.gig.taxes.invalid');
    expect(with_('quarterlyThresholdMinor', '10000000').success).toBe(true);
    expect(with_('quarterlyThresholdMinor', '10000000.01').success).toBe(false);
    // The contract accepts exactly that largest amount.
    expect(
      gigTaxesSchema.safeParse({ ...TAXES, overrides: { quarterlyThresholdMinor: MAX_OVERRIDE } }).success,
    ).toBe(true);
    expect(
      gigTaxesSchema.safeParse({ ...TAXES, overrides: { quarterlyThresholdMinor: MAX_OVERRIDE + 1 } })
        .success,
    ).toBe(false);
  });
});
