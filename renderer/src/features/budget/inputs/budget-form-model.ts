/**
 * The budget's small forms, described field by field (a FieldSpec: text, amount, day, whole
 * number, rate, tick or choice), give their zod schema and the conversion from what was typed
 * (amounts in the user's locale, local dates) to what is saved (cents, ISO days, whole
 * numbers). Limits come from the contract's BUDGET_LIMITS: a spec names a range from it, and a
 * text or an amount without one takes the contract's label and amount limits.
 */
import { z } from 'zod';
import { BUDGET_LIMITS } from '../../../../../preload/contract/budget-section';
import { formMessage } from '../../../domain/forms/form-message';
import {
  dayField,
  dayFromText,
  isBlank,
  minorFromText,
  moneyField,
  textField,
  wholeNumberField,
  wholeNumberFromText,
  type FormLocales,
} from '../../../domain/forms/typed-fields';
import { formatRate, parseRateInput } from '../../../domain/budget/exchange-rates';

export type FieldKind =
  | 'text'
  | 'money'
  | 'optional-money'
  | 'signed-money'
  | 'day'
  | 'optional-day'
  | 'int'
  /** An exchange rate: a decimal with the comma or the point, up to six decimals. */
  | 'rate'
  | 'checkbox'
  | 'select';

export interface FieldSpec {
  key: string;
  label: string;
  kind: FieldKind;
  hint?: string;
  options?: readonly { value: string; label: string }[];
  /** Whole numbers: the range (spread from BUDGET_LIMITS); the contract's percent when left out. */
  min?: number;
  max?: number;
  /** Text fields: may it be left empty? */
  optional?: boolean;
}

export type TypedValues = Record<string, string | boolean>;
export type ReadValues = Record<string, string | number | boolean | null>;

const rangeOf = (spec: FieldSpec) => ({
  min: spec.min ?? BUDGET_LIMITS.percent.min,
  max: spec.max ?? BUDGET_LIMITS.percent.max,
});

function fieldSchema(spec: FieldSpec, locales: FormLocales): z.ZodType<string | boolean> {
  const amountMax = BUDGET_LIMITS.amountMinor;
  switch (spec.kind) {
    case 'checkbox':
      return z.boolean();
    case 'select':
      return z.string();
    case 'text':
      return textField(spec.max ?? BUDGET_LIMITS.label, { required: !spec.optional });
    case 'money':
      return moneyField(locales.numberLocale, { required: true, max: amountMax });
    case 'optional-money':
      return moneyField(locales.numberLocale, { max: amountMax });
    case 'signed-money':
      return moneyField(locales.numberLocale, { required: true, signed: true, max: amountMax });
    case 'day':
      return dayField(locales.dateLocale, { required: true });
    case 'optional-day':
      return dayField(locales.dateLocale);
    case 'int':
      return wholeNumberField(rangeOf(spec));
    case 'rate':
      return z
        .string()
        .refine(
          (text) => parseRateInput(text.trim(), locales.numberLocale) !== null,
          formMessage('budget.rates.invalid', { example: formatRate(920400, locales.numberLocale) }),
        );
  }
}

export function budgetFormSchema(
  specs: readonly FieldSpec[],
  locales: FormLocales,
): z.ZodType<TypedValues, TypedValues> {
  const shape: Record<string, z.ZodType<string | boolean>> = Object.fromEntries(
    specs.map((spec) => [spec.key, fieldSchema(spec, locales)]),
  );
  return z.object(shape) as z.ZodType<TypedValues, TypedValues>;
}

/** What was typed, as saved: cents, ISO days, whole numbers. Only for values the schema accepted. */
export function readBudgetValues(
  specs: readonly FieldSpec[],
  typed: TypedValues,
  locales: FormLocales,
): ReadValues {
  const read = (spec: FieldSpec): string | number | boolean | null => {
    const value = typed[spec.key] ?? '';
    if (spec.kind === 'checkbox') return value === true;
    const text = String(value).trim();
    switch (spec.kind) {
      case 'text':
      case 'select':
        return text;
      case 'money':
      case 'optional-money':
      case 'signed-money':
        return isBlank(text) ? null : minorFromText(text, locales.numberLocale, spec.kind === 'signed-money');
      case 'day':
      case 'optional-day':
        return dayFromText(text, locales.dateLocale);
      case 'int':
        return wholeNumberFromText(text, rangeOf(spec));
      case 'rate':
        return parseRateInput(text, locales.numberLocale);
    }
  };
  return Object.fromEntries(specs.map((spec) => [spec.key, read(spec)]));
}
