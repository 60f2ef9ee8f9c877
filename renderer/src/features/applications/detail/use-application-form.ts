/** The form state for one application: locale-aware checks, and error messages in the UI language. */
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { Application } from '../../../../../preload/contract/applications-section';
import { conventionsFor } from '../../../domain/countries';
import { moneyInputText } from '../../../domain/money';
import { useFormatters } from '../../../components/use-formatters';
import { useDatePatternHint } from '../../../components/use-date-pattern-hint';
import { applicationFormSchema, toFormValues, type ApplicationFormValues } from './application-form-model';

export function useApplicationForm(application: Application) {
  const { t } = useTranslation();
  const { dateLocale, numberLocale, datePattern, country } = useFormatters();
  const locales = useMemo(() => ({ dateLocale, numberLocale }), [dateLocale, numberLocale]);
  const hint = useDatePatternHint(datePattern);
  const form = useForm<ApplicationFormValues>({
    defaultValues: toFormValues(application, conventionsFor(country).currency, locales),
    resolver: zodResolver(applicationFormSchema(locales)),
    // Checked on submit, then live: an error appearing on blur would shift the button being clicked.
    mode: 'onSubmit',
  });
  /** The translated message for a field's error key, or undefined when it is fine. */
  const message = (key: string | undefined, max = 160) =>
    key
      ? t(key as 'errors.required', {
          pattern: hint.pattern,
          example: moneyInputText(4550, numberLocale),
          max,
        })
      : undefined;
  return { form, locales, dateHint: hint.text, message };
}
