import { describe, expect, it } from 'vitest';
import { createDefaultDocument, PROFILE_LIMITS, profileSchema } from '../../../preload/contract/document';
import { readFormMessage } from '../../../renderer/src/domain/forms/form-message';
import { dateLocale } from '../../../renderer/src/domain/dates';
import {
  lastPaidDayNeedsConfirming,
  lastPaidDayToConfirm,
  profileFormSchema,
  toFormValues,
  toProfile,
  type ProfileFormValues,
} from '../../../renderer/src/features/profile/profile-form-model';
import { validDocument } from '../../support/fixtures';

const french = { dateLocale: dateLocale('fr', 'FR'), numberLocale: 'fr-FR' };
const american = { dateLocale: dateLocale('en', 'US'), numberLocale: 'en-US' };

const typed = (changes: Partial<ProfileFormValues>): ProfileFormValues => ({
  name: 'Amina',
  country: 'FR',
  language: 'fr',
  layoffDate: '12/09/2025',
  lastPaidDay: '',
  previousRole: 'Generalist AI tutor',
  previousEmployer: '',
  previousMonthlyPay: '4 200,00',
  hoursPerWeek: '20',
  ...changes,
});

describe('the profile form model', () => {
  it('turns what a French user typed into ISO days and cents in their currency', () => {
    const profile = toProfile(typed({}), french, '2025-12-01T09:30:00.000Z');
    expect(profile).toEqual({
      name: 'Amina',
      country: 'FR',
      layoffDate: '2025-09-12',
      lastPaidDay: null,
      previousRole: 'Generalist AI tutor',
      previousEmployer: '',
      previousMonthlyPay: { amountMinor: 420000, currency: 'EUR' },
      hoursPerWeek: 20,
      onboardedAt: '2025-12-01T09:30:00.000Z',
    });
  });

  it('shows a saved profile back in the user locale, and round-trips', () => {
    const { profile } = validDocument();
    const values = toFormValues(profile, 'fr', french);
    expect(values.layoffDate).toBe('12/09/2025');
    expect(values.previousMonthlyPay).toBe('4200,00');
    expect(toProfile(values, french, profile.onboardedAt ?? '')).toEqual(profile);
  });

  it('reads the same day differently in the US, as a US user expects', () => {
    expect(toProfile(typed({ layoffDate: '09/12/2025', country: 'US' }), american, 'x').layoffDate).toBe(
      '2025-09-12',
    );
  });

  it.each([
    [{ layoffDate: '' }, 'layoffDate', 'errors.required'],
    [{ layoffDate: '31/02/2025' }, 'layoffDate', 'errors.dateInvalid'],
    [{ lastPaidDay: 'soon' }, 'lastPaidDay', 'errors.dateInvalid'],
    [{ previousMonthlyPay: 'a lot' }, 'previousMonthlyPay', 'errors.moneyInvalid'],
    [{ hoursPerWeek: '81' }, 'hoursPerWeek', 'errors.hoursRange'],
    [{ hoursPerWeek: '7.5' }, 'hoursPerWeek', 'errors.hoursRange'],
    [{ name: 'x'.repeat(121) }, 'name', 'errors.tooLong'],
  ] as const)('says what is wrong with %o', (change, field, message) => {
    const result = profileFormSchema(french).safeParse(typed(change));
    expect(result.success).toBe(false);
    expect(
      result.error?.issues.map((issue) => [issue.path.join('.'), readFormMessage(issue.message).key]),
    ).toEqual([[field, message]]);
  });

  it.each(['name', 'previousRole', 'previousEmployer'] as const)(
    'lets %s be exactly as long as the contract allows, and says the limit one letter past it',
    (field) => {
      const max = PROFILE_LIMITS[field];
      const saved = validDocument().profile;
      expect(profileFormSchema(french).safeParse(typed({ [field]: 'x'.repeat(max) })).success).toBe(true);
      expect(profileSchema.safeParse({ ...saved, [field]: 'x'.repeat(max) }).success).toBe(true);
      const over = profileFormSchema(french).safeParse(typed({ [field]: 'x'.repeat(max + 1) }));
      expect(over.error?.issues.map((issue) => readFormMessage(issue.message))).toEqual([
        { key: 'errors.tooLong', values: { max, count: 1 } },
      ]);
      expect(profileSchema.safeParse({ ...saved, [field]: 'x'.repeat(max + 1) }).success).toBe(false);
    },
  );

  it('takes hours a week in the contract’s range, ends included', () => {
    const { min, max } = PROFILE_LIMITS.hoursPerWeek;
    const accepts = (hours: number) =>
      profileFormSchema(french).safeParse(typed({ hoursPerWeek: String(hours) })).success;
    expect([accepts(min), accepts(max), accepts(max + 1)]).toEqual([true, true, false]);
    expect(profileSchema.shape.hoursPerWeek.safeParse(max + 1).success).toBe(false);
    expect(toProfile(typed({ hoursPerWeek: String(max) }), french, 'x').hoursPerWeek).toBe(max);
  });

  it('accepts a blank optional field and zero hours', () => {
    expect(
      profileFormSchema(french).safeParse(typed({ previousMonthlyPay: '', hoursPerWeek: '0' })).success,
    ).toBe(true);
  });

  it('starts a new user from the default profile with empty fields', () => {
    const values = toFormValues(createDefaultDocument().profile, 'en', american);
    expect(values).toMatchObject({
      layoffDate: '',
      lastPaidDay: '',
      previousMonthlyPay: '',
      hoursPerWeek: '15',
    });
  });
});

describe('the last paid day before the layoff date', () => {
  it('asks for a confirmation only when the last paid day is strictly before the layoff date', () => {
    expect(lastPaidDayNeedsConfirming('2025-09-12', '2025-09-11')).toBe(true);
    // The same day, or after (a notice period paid after the layoff), is the usual case.
    expect(lastPaidDayNeedsConfirming('2025-09-12', '2025-09-12')).toBe(false);
    expect(lastPaidDayNeedsConfirming('2025-09-12', '2025-11-30')).toBe(false);
    // Nothing to compare with one day missing.
    expect(lastPaidDayNeedsConfirming(null, '2025-09-11')).toBe(false);
    expect(lastPaidDayNeedsConfirming('2025-09-12', null)).toBe(false);
  });

  it("reads the typed days in the user's format: 09/12 is 9 December in France, 12 September in the US", () => {
    // Layoff 12/09/2025 in France is 12 September; a last paid day typed 09/12/2025 is 9 December: fine.
    expect(lastPaidDayToConfirm({ layoffDate: '12/09/2025', lastPaidDay: '09/12/2025' }, french)).toBeNull();
    // In the US the same two texts are 9 December (layoff) and 12 September (last paid): a likely slip.
    expect(lastPaidDayToConfirm({ layoffDate: '12/09/2025', lastPaidDay: '09/12/2025' }, american)).toEqual({
      layoffDate: '2025-12-09',
      lastPaidDay: '2025-09-12',
    });
    // Unreadable or empty text is the schema's business, not this warning's.
    expect(lastPaidDayToConfirm({ layoffDate: '12/09/2025', lastPaidDay: '' }, french)).toBeNull();
    expect(lastPaidDayToConfirm({ layoffDate: '31/02/2025', lastPaidDay: '01/01/2025' }, french)).toBeNull();
  });
});
