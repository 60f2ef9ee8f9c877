/** The form state for one application: locale-aware checks, and error messages in the UI language. */
import { useEffect, useMemo, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Application } from '../../../../../preload/contract/applications-section';
import { conventionsFor } from '../../../domain/countries';
import { useFormatters } from '../../../components/use-formatters';
import { useFieldMessage } from '../../../components/forms/use-field-message';
import { applicationFormSchema, toFormValues, type ApplicationFormValues } from './application-form-model';
import { fieldsToFollow } from './follow-saved-fields-model';

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
  // A move (outside this form) sets the day applied and ends the next action: the fields
  // still showing the old saved values follow it, the user's own edits stay.
  const savedNow = useMemo(
    () => toFormValues(application, conventionsFor(country).currency, locales),
    [application, country, locales],
  );
  const savedBefore = useRef(savedNow);
  useEffect(() => {
    const before = savedBefore.current;
    savedBefore.current = savedNow;
    for (const name of fieldsToFollow(before, savedNow, form.getValues())) {
      form.resetField(name, { defaultValue: savedNow[name] });
    }
  }, [savedNow, form]);
  return { form, locales, message };
}
