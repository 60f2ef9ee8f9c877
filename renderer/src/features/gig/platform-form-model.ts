/**
 * A platform as typed: its name (required, unique among the user's platforms, the contract's
 * length) and the currency it usually pays in, which new entries start from.
 */
import { z } from 'zod';
import { CURRENCY_CODES, type CurrencyCode } from '../../../../preload/contract/document-enums';
import { GIG_LIMITS } from '../../../../preload/contract/gig-section';
import { textField } from '../../domain/forms/typed-fields';

export interface PlatformValues {
  name: string;
  currency: CurrencyCode;
}

/** USD by default: most AI-tutor platforms pay in dollars whatever the user's country. */
export const blankPlatform = (): PlatformValues => ({ name: '', currency: 'USD' });

/** `taken` says whether another platform already has the name (gig-log.ts platformNameTaken). */
export function platformSchema(taken: (name: string) => boolean) {
  return z.object({
    name: textField(GIG_LIMITS.name, { required: true }).refine(
      (name) => !taken(name),
      'gig.platforms.nameTaken',
    ),
    currency: z.enum(CURRENCY_CODES),
  });
}
