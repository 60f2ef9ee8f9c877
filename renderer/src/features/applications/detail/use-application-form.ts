/** The form state for one application: locale-aware checks, and error messages in the UI language. */
import { useEffect, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Application } from '../../../../../preload/contract/applications-section';
import { conventionsFor } from '../../../domain/countries';
import { useFormatters } from '../../../components/use-formatters';
import { useFieldMessage } from '../../../components/forms/use-field-message';
import {
  applicationFormSchema,
  nextActionFormValues,
  toFormValues,
  type ApplicationFormValues,
} from './application-form-model';

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
  // A move ends the next action (domain/applications/next-action.ts) while this form stays
  // open: its two fields follow the saved application, or Save would bring the ended action
  // back. Only those two, and only if the user has not typed a new one: other edits stay.
  const { nextAction, nextActionDue } = application;
  useEffect(() => {
    const saved = nextActionFormValues({ nextAction, nextActionDue }, locales);
    for (const name of ['nextAction', 'nextActionDue'] as const) {
      if (!form.getFieldState(name).isDirty) form.resetField(name, { defaultValue: saved[name] });
    }
  }, [nextAction, nextActionDue, locales, form]);
  return { form, locales, message };
}
