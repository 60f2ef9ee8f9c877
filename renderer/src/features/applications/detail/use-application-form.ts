/** The form state for one application: locale-aware checks, and error messages in the UI language. */
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Application } from '../../../../../preload/contract/applications-section';
import { conventionsFor } from '../../../domain/countries';
import { useFormatters } from '../../../components/use-formatters';
import { useFieldMessage } from '../../../components/forms/use-field-message';
import { applicationFormSchema, toFormValues, type ApplicationFormValues } from './application-form-model';

export function useApplicationForm(application: Application) {
  const { dateLocale, numberLocale, country } = useFormatters();
  const locales = useMemo(() => ({ dateLocale, numberLocale }), [dateLocale, numberLocale]);
  const { message } = useFieldMessage();
  const form = useForm<ApplicationFormValues>({
    defaultValues: toFormValues(application, conventionsFor(country).currency, locales),
    resolver: zodResolver(applicationFormSchema(locales)),
    // Checked on submit, then live: an error appearing on blur would shift the button being clicked.
    mode: 'onSubmit',
  });
  return { form, locales, message };
}
