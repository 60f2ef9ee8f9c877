import { useTranslation } from 'react-i18next';
import { moneyInputText } from '../../domain/money';
import { useDatePatternHint } from '../use-date-pattern-hint';
import { useFormatters } from '../use-formatters';
import { readFormMessage } from '../../domain/forms/form-message';

/**
 * Turns a field's error (an i18n key, with its values: see form-message.ts) into a sentence
 * in the interface language. A date error names the pattern to type, a money error gives an
 * example amount in the locale. A form whose locale is not the app's (the profile, while the
 * user picks a country) passes its own.
 */
export function useFieldMessage(locales?: { datePattern: string; numberLocale: string }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const hint = useDatePatternHint(locales?.datePattern ?? formatters.datePattern);
  const example = moneyInputText(245050, locales?.numberLocale ?? formatters.numberLocale);
  const message = (error: string | undefined): string | undefined => {
    if (!error) return undefined;
    const { key, values } = readFormMessage(error);
    return t(key as 'errors.required', { pattern: hint.pattern, example, ...values });
  };
  return { message, dateHint: hint.text };
}
