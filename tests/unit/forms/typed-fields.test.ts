import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { formMessage, readFormMessage } from '../../../renderer/src/domain/forms/form-message';
import {
  minorFromText,
  moneyField,
  textFromMinor,
  wholeNumberField,
} from '../../../renderer/src/domain/forms/typed-fields';

describe('the pieces every form model is built from', () => {
  it('carries a message’s values with its key, and reads a bare key as it is', () => {
    expect(readFormMessage(formMessage('errors.tooLong', { max: 160 }))).toEqual({
      key: 'errors.tooLong',
      values: { max: 160 },
    });
    expect(readFormMessage('errors.required')).toEqual({ key: 'errors.required', values: {} });
  });

  test.prop([
    fc.integer({ min: -100_000_000_00, max: 100_000_000_00 }),
    fc.constantFrom('fr-FR', 'en-US', 'de-CH'),
  ])('reads back any signed amount it shows, to the cent', (minor, locale) => {
    expect(minorFromText(textFromMinor(minor, locale), locale, true)).toBe(minor);
  });

  it('refuses a minus unless the field is signed, and an amount over the limit', () => {
    expect(minorFromText('-12,50', 'fr-FR')).toBeNull();
    expect(minorFromText('-12,50', 'fr-FR', true)).toBe(-1250);
    const field = moneyField('fr-FR', { max: 10_000 });
    // 100,00 € = 10 000 cents: the limit itself is fine, a cent more is not.
    expect(field.safeParse('100,00').success).toBe(true);
    expect(field.safeParse('100,01').success).toBe(false);
    expect(field.safeParse('').success).toBe(true);
    expect(moneyField('fr-FR', { required: true }).safeParse(' ').error?.issues[0]?.message).toBe(
      'errors.required',
    );
  });

  it('says the range of a whole number, and refuses decimals and signs', () => {
    const field = wholeNumberField({ min: 1, max: 31 });
    expect(['1', '31', ' 7 '].map((text) => field.safeParse(text).success)).toEqual([true, true, true]);
    const refused = ['0', '32', '1.5', '-1', ''].map(
      (text) => field.safeParse(text).error?.issues[0]?.message,
    );
    expect(refused.map((message) => message && readFormMessage(message))).toEqual(
      Array(5).fill({ key: 'errors.numberRange', values: { min: 1, max: 31 } }),
    );
  });
});
