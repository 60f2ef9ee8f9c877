/**
 * The fields of the budget's small forms, and reading what was typed: amounts in the user's
 * locale to cents, dates to ISO days, whole numbers within bounds. Each problem is an i18n
 * key with its values, so the form says what is wrong next to the field.
 */
import type { Locale } from 'date-fns';
import { parseTypedDay } from '../../../domain/dates';
import { parseMoneyInput } from '../../../domain/money';
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
  min?: number;
  max?: number;
  /** Text fields: may it be left empty? */
  optional?: boolean;
}

export type TypedValues = Record<string, string | boolean>;
export type ReadValues = Record<string, string | number | boolean | null>;
export interface Problem {
  key: string;
  values?: Record<string, string | number>;
}

export function readField(
  spec: FieldSpec,
  typed: string | boolean,
  locales: { dateLocale: Locale; numberLocale: string },
): { value: string | number | boolean | null } | { problem: Problem } {
  if (spec.kind === 'checkbox') return { value: typed === true };
  const text = String(typed).trim();
  switch (spec.kind) {
    case 'text':
      if (text === '' && !spec.optional) return { problem: { key: 'errors.required' } };
      return text.length > (spec.max ?? 120)
        ? { problem: { key: 'errors.tooLong', values: { max: spec.max ?? 120 } } }
        : { value: text };
    case 'select':
      return { value: text };
    case 'money':
    case 'optional-money':
    case 'signed-money': {
      if (text === '' && spec.kind === 'optional-money') return { value: null };
      const negative = spec.kind === 'signed-money' && /^[-−]/.test(text);
      const minor = parseMoneyInput(negative ? text.slice(1) : text, locales.numberLocale);
      return minor === null
        ? { problem: { key: 'errors.moneyInvalid' } }
        : { value: negative ? -minor : minor };
    }
    case 'day':
    case 'optional-day': {
      if (text === '' && spec.kind === 'optional-day') return { value: null };
      const day = parseTypedDay(text, locales.dateLocale);
      return day === null ? { problem: { key: 'errors.dateInvalid' } } : { value: day };
    }
    case 'rate': {
      const micros = parseRateInput(text, locales.numberLocale);
      return micros === null
        ? {
            problem: {
              key: 'budget.rates.invalid',
              values: { example: formatRate(920400, locales.numberLocale) },
            },
          }
        : { value: micros };
    }
    case 'int': {
      const min = spec.min ?? 0;
      const max = spec.max ?? 100;
      const n = Number(text);
      return /^\d+$/.test(text) && n >= min && n <= max
        ? { value: n }
        : { problem: { key: 'errors.numberRange', values: { min, max } } };
    }
  }
}

export function readFields(
  specs: readonly FieldSpec[],
  typed: TypedValues,
  locales: { dateLocale: Locale; numberLocale: string },
): { values: ReadValues } | { problems: Record<string, Problem> } {
  const values: ReadValues = {};
  const problems: Record<string, Problem> = {};
  for (const spec of specs) {
    const outcome = readField(spec, typed[spec.key] ?? '', locales);
    if ('problem' in outcome) problems[spec.key] = outcome.problem;
    else values[spec.key] = outcome.value;
  }
  return Object.keys(problems).length > 0 ? { problems } : { values };
}
