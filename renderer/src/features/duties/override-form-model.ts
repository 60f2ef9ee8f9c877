/**
 * The user's own figures where their letter or contract differs from the rule: activities a
 * week (US) and weekly activity hours (France). Empty goes back to the rule; the ranges are
 * the contract's CLAIMANT_LIMITS.
 */
import { z } from 'zod';
import { CLAIMANT_LIMITS } from '../../../../preload/contract/claimant-section';
import { wholeNumberField, wholeNumberFromText } from '../../domain/forms/typed-fields';

export interface OverrideValues {
  value: string;
}

export type OverrideKind = 'activitiesPerWeek' | 'weeklyActivityHours';

export function overrideSchema(kind: OverrideKind) {
  return z.object({ value: wholeNumberField(CLAIMANT_LIMITS[kind], { optional: true }) });
}

export const toOverrideValues = (value: number | null): OverrideValues => ({
  value: value === null ? '' : String(value),
});

/** Values the schema accepted → the saved figure, or null for the rule's own. */
export const overrideFrom = (values: OverrideValues, kind: OverrideKind): number | null =>
  wholeNumberFromText(values.value, CLAIMANT_LIMITS[kind]);
