/**
 * A work-search activity as typed: the day (required), its kind, and the fields of the state's
 * log (us-work-search-presets.ts logFields), each held to CLAIMANT_LIMITS. Fields the state
 * does not ask for are not shown and stay as they were (blank for a new activity).
 */
import { z } from 'zod';
import {
  CLAIMANT_LIMITS,
  WORK_SEARCH_KINDS,
  type WorkSearchActivityRecord,
  type WorkSearchKind,
} from '../../../../preload/contract/claimant-section';
import type { WorkSearchActivityFields } from '../../domain/gig/claimant-log';
import type { LogField } from '../../domain/gig/us-work-search-presets';
import {
  dayField,
  dayFromText,
  textField,
  textFromDay,
  type FormLocales,
} from '../../domain/forms/typed-fields';

const L = CLAIMANT_LIMITS;

export interface WorkSearchValues {
  day: string;
  kind: WorkSearchKind;
  employer: string;
  position: string;
  address: string;
  phone: string;
  websiteOrEmail: string;
  contactPerson: string;
  contactTitle: string;
  method: string;
  result: string;
}

export type TextKey = Exclude<keyof WorkSearchValues, 'day' | 'kind'>;

/** Which typed value each of the state's text fields fills (date and kind are always asked). */
export const FIELD_KEY: Record<Exclude<LogField, 'date' | 'activity-type'>, TextKey> = {
  employer: 'employer',
  address: 'address',
  phone: 'phone',
  'website-or-email': 'websiteOrEmail',
  'contact-person': 'contactPerson',
  'contact-title': 'contactTitle',
  method: 'method',
  position: 'position',
  result: 'result',
};

/** The state's text fields, in its log's order. */
export function textFieldsOf(logFields: readonly LogField[]) {
  return logFields.flatMap((field) =>
    field === 'date' || field === 'activity-type' ? [] : [{ field, key: FIELD_KEY[field] }],
  );
}

export const blankWorkSearch = (day = ''): WorkSearchValues => ({
  day,
  kind: 'application',
  employer: '',
  position: '',
  address: '',
  phone: '',
  websiteOrEmail: '',
  contactPerson: '',
  contactTitle: '',
  method: '',
  result: '',
});

export function workSearchSchema(locales: FormLocales) {
  return z.object({
    day: dayField(locales.dateLocale, { required: true }),
    kind: z.enum(WORK_SEARCH_KINDS),
    employer: textField(L.employer),
    position: textField(L.position),
    address: textField(L.address),
    phone: textField(L.phone),
    websiteOrEmail: textField(L.websiteOrEmail),
    contactPerson: textField(L.contactPerson),
    contactTitle: textField(L.contactTitle),
    method: textField(L.method),
    result: textField(L.result),
  });
}

export function toWorkSearchValues(
  activity: WorkSearchActivityRecord,
  locales: FormLocales,
): WorkSearchValues {
  const { id: _id, day, ...rest } = activity;
  return { ...rest, day: textFromDay(day, locales.dateLocale) };
}

/** Values the schema accepted → the saved fields (ISO day, trimmed texts). */
export function toWorkSearchFields(values: WorkSearchValues, locales: FormLocales): WorkSearchActivityFields {
  const trimmed = Object.fromEntries(
    Object.values(FIELD_KEY).map((key) => [key, values[key].trim()]),
  ) as Record<TextKey, string>;
  return { ...trimmed, day: dayFromText(values.day, locales.dateLocale) ?? '', kind: values.kind };
}
