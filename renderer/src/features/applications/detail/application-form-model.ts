/**
 * The application form's values are what the user typed (strings in their locale); the
 * application is what we store (ISO days, integer cents). This module converts both ways and
 * holds the checks, with i18n keys as messages so errors show in the user's language.
 */
import { z } from 'zod';
import {
  APPLICATION_LIMITS as L,
  CONTRACT_TYPES,
  PAY_UNITS,
  type Application,
  type ContractType,
  type PayUnit,
} from '../../../../../preload/contract/applications-section';
import { CURRENCY_CODES, type CurrencyCode } from '../../../../../preload/contract/document-enums';
import { formMessage } from '../../../domain/forms/form-message';
import {
  dayField,
  dayFromText,
  isBlank as blank,
  minorFromText,
  moneyField,
  textField as text,
  textFromDay,
  textFromMinor,
  type FormLocales,
} from '../../../domain/forms/typed-fields';

export type { FormLocales } from '../../../domain/forms/typed-fields';

const contactShape = { name: '', role: '', email: '', phone: '', notes: '', lastContacted: '' };
const assessmentShape = { kind: '', deadline: '', result: '' };
export type ContactValues = typeof contactShape;
export type AssessmentValues = typeof assessmentShape;
export const blankContact = (): ContactValues => ({ ...contactShape });
export const blankAssessment = (): AssessmentValues => ({ ...assessmentShape });

export interface ApplicationFormValues {
  organisation: string;
  role: string;
  domainId: string;
  source: string;
  link: string;
  payMin: string;
  payMax: string;
  payUnit: PayUnit;
  currency: CurrencyCode;
  /** Hours a week (hourly pay) or tasks a week (per-task pay); ignored for other units. */
  unitsPerWeek: string;
  contract: ContractType;
  location: string;
  remote: boolean;
  foundOn: string;
  appliedOn: string;
  deadline: string;
  nextAction: string;
  nextActionDue: string;
  resumeVersion: string;
  notes: string;
  tags: string;
  expectedStart: string;
  likelihood: string;
  contacts: ContactValues[];
  assessments: AssessmentValues[];
}

/**
 * Units a week as typed: a number from 0 to 168 with up to two decimals (7.5 hours), with the
 * decimal comma or point; null when it does not read.
 */
export function parseUnitsPerWeek(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}(?:[.,]\d{1,2})?$/.test(trimmed)) return null;
  const value = Number(trimmed.replace(',', '.'));
  return value <= L.unitsPerWeek ? value : null;
}

function unitsText(units: number | null, numberLocale: string): string {
  if (units === null) return '';
  return new Intl.NumberFormat(numberLocale, { maximumFractionDigits: 2, useGrouping: false }).format(units);
}

const paidByUnit = (unit: PayUnit) => unit === 'hour' || unit === 'task';
const splitTags = (text: string) =>
  text
    .split(/[,;]/)
    .map((tag) => tag.trim())
    .filter(Boolean);

export function applicationFormSchema(locales: FormLocales) {
  const day = dayField(locales.dateLocale);
  const money = moneyField(locales.numberLocale, { max: L.payMinor });
  return z
    .object({
      organisation: text(L.organisation, { required: true }),
      role: text(L.role),
      domainId: z.string(),
      source: text(L.source),
      link: text(L.link).refine(
        (t) => blank(t) || /^https?:\/\/\S+$/i.test(t.trim()),
        'applications.errors.link',
      ),
      payMin: money,
      payMax: money,
      payUnit: z.enum(PAY_UNITS),
      currency: z.enum(CURRENCY_CODES),
      unitsPerWeek: z.string(),
      contract: z.enum(CONTRACT_TYPES),
      location: text(L.location),
      remote: z.boolean(),
      foundOn: day,
      appliedOn: day,
      deadline: day,
      nextAction: text(L.nextAction),
      nextActionDue: day,
      resumeVersion: text(L.resumeVersion),
      notes: text(L.notes),
      tags: z
        .string()
        .refine(
          (t) => splitTags(t).length <= L.tags && splitTags(t).every((tag) => tag.length <= L.tag),
          formMessage('applications.errors.tags', { count: L.tags, max: L.tag }),
        ),
      expectedStart: day,
      likelihood: z
        .string()
        .refine(
          (t) =>
            blank(t) ||
            (/^\d{1,3}$/.test(t.trim()) && Number(t) >= L.likelihood.min && Number(t) <= L.likelihood.max),
          'applications.errors.likelihood',
        ),
      contacts: z
        .array(
          z.object({
            name: text(L.contact.name, { required: true }),
            role: text(L.contact.role),
            email: text(L.contact.email).refine(
              (t) => blank(t) || z.email().safeParse(t.trim()).success,
              'applications.errors.email',
            ),
            phone: text(L.contact.phone),
            notes: text(L.contact.notes),
            lastContacted: day,
          }),
        )
        .max(L.contacts),
      assessments: z
        .array(
          z.object({
            kind: text(L.assessment.kind, { required: true }),
            deadline: day,
            result: text(L.assessment.result),
          }),
        )
        .max(L.assessments),
    })
    .superRefine((values, context) => {
      const min = minorFromText(values.payMin, locales.numberLocale);
      const max = minorFromText(values.payMax, locales.numberLocale);
      if (!blank(values.payMax) && blank(values.payMin)) {
        context.addIssue({ code: 'custom', path: ['payMin'], message: 'applications.errors.payMinMissing' });
      } else if (min !== null && max !== null && max < min) {
        context.addIssue({ code: 'custom', path: ['payMax'], message: 'applications.errors.payRange' });
      }
      if (
        paidByUnit(values.payUnit) &&
        !blank(values.unitsPerWeek) &&
        parseUnitsPerWeek(values.unitsPerWeek) === null
      ) {
        context.addIssue({
          code: 'custom',
          path: ['unitsPerWeek'],
          message: 'applications.errors.unitsPerWeek',
        });
      }
      if (!blank(values.nextActionDue) && blank(values.nextAction)) {
        context.addIssue({
          code: 'custom',
          path: ['nextAction'],
          message: 'applications.errors.actionMissing',
        });
      }
    });
}

export function toFormValues(
  a: Application,
  defaultCurrency: CurrencyCode,
  locales: FormLocales,
): ApplicationFormValues {
  const day = (iso: string | null) => textFromDay(iso, locales.dateLocale);
  const money = (minor: number | null | undefined) => textFromMinor(minor, locales.numberLocale);
  return {
    organisation: a.organisation,
    role: a.role,
    domainId: a.domainId ?? '',
    source: a.source,
    link: a.link,
    payMin: money(a.pay?.minMinor),
    payMax: money(a.pay?.maxMinor),
    payUnit: a.pay?.unit ?? 'hour',
    currency: a.pay?.currency ?? defaultCurrency,
    unitsPerWeek: unitsText(a.pay?.unitsPerWeek ?? null, locales.numberLocale),
    contract: a.contract,
    location: a.location,
    remote: a.remote,
    foundOn: day(a.foundOn),
    appliedOn: day(a.appliedOn),
    deadline: day(a.deadline),
    nextAction: a.nextAction,
    nextActionDue: day(a.nextActionDue),
    resumeVersion: a.resumeVersion,
    notes: a.notes,
    tags: a.tags.join(', '),
    expectedStart: day(a.expectedStart),
    likelihood: a.likelihood === null ? '' : String(a.likelihood),
    contacts: a.contacts.map((c) => ({ ...c, lastContacted: day(c.lastContacted) })),
    assessments: a.assessments.map((x) => ({ ...x, deadline: day(x.deadline) })),
  };
}

/** The stored fields from valid form values (the stage, history and scam signs are not the form's). */
export function toApplicationFields(
  v: ApplicationFormValues,
  locales: FormLocales,
): Omit<Application, 'id' | 'stageId' | 'history' | 'scamSigns'> {
  const day = (t: string) => dayFromText(t, locales.dateLocale);
  const minMinor = minorFromText(v.payMin, locales.numberLocale);
  return {
    organisation: v.organisation.trim(),
    role: v.role.trim(),
    domainId: v.domainId === '' ? null : v.domainId,
    source: v.source.trim(),
    link: v.link.trim(),
    pay:
      minMinor === null
        ? null
        : {
            minMinor,
            maxMinor: minorFromText(v.payMax, locales.numberLocale),
            unit: v.payUnit,
            currency: v.currency,
            // Only hourly and per-task pay need it; kept as typed for those, dropped otherwise.
            unitsPerWeek: paidByUnit(v.payUnit) ? parseUnitsPerWeek(v.unitsPerWeek) : null,
          },
    contract: v.contract,
    location: v.location.trim(),
    remote: v.remote,
    foundOn: day(v.foundOn),
    appliedOn: day(v.appliedOn),
    deadline: day(v.deadline),
    nextAction: v.nextAction.trim(),
    nextActionDue: day(v.nextActionDue),
    resumeVersion: v.resumeVersion.trim(),
    notes: v.notes.trim(),
    tags: splitTags(v.tags),
    expectedStart: day(v.expectedStart),
    likelihood: blank(v.likelihood) ? null : Number(v.likelihood.trim()),
    contacts: v.contacts.map((c) => ({
      name: c.name.trim(),
      role: c.role.trim(),
      email: c.email.trim(),
      phone: c.phone.trim(),
      notes: c.notes.trim(),
      lastContacted: day(c.lastContacted),
    })),
    assessments: v.assessments.map((x) => ({
      kind: x.kind.trim(),
      deadline: day(x.deadline),
      result: x.result.trim(),
    })),
  };
}
