/**
 * A piece of gig work as typed: platform, project, day, paid time (hours and minutes), the
 * unpaid time it cost (onboarding, assessments, waiting for tasks, in minutes), tasks, the pay
 * rate and its unit, the currency, and, once paid, the day and what arrived after fees.
 * Limits are GIG_LIMITS'; a day holds at most 24 hours of paid and unpaid time together.
 */
import { z } from 'zod';
import { CURRENCY_CODES, type CurrencyCode } from '../../../../preload/contract/document-enums';
import {
  GIG_LIMITS,
  GIG_PAY_UNITS,
  UNPAID_KINDS,
  type GigPayUnit,
  type WorkEntry,
} from '../../../../preload/contract/gig-section';
import { formMessage } from '../../domain/forms/form-message';
import {
  dayField,
  dayFromText,
  isBlank,
  minorFromText,
  moneyField,
  textField,
  textFromDay,
  textFromMinor,
  wholeNumberField,
  wholeNumberFromText,
  type FormLocales,
} from '../../domain/forms/typed-fields';
import type { WorkEntryFields } from '../../domain/gig/gig-log';

export interface WorkEntryValues {
  platformId: string;
  project: string;
  day: string;
  paidHours: string;
  paidMinutes: string;
  onboarding: string;
  assessment: string;
  waiting: string;
  tasks: string;
  rate: string;
  unit: GigPayUnit;
  currency: CurrencyCode;
  paidOn: string;
  received: string;
  fees: string;
  note: string;
}

const HOURS = { min: 0, max: GIG_LIMITS.minutesPerDay / 60 };
const MINUTES_OF_HOUR = { min: 0, max: 59 };
const MINUTES = { min: 0, max: GIG_LIMITS.minutesPerDay };
const TASKS = { min: 0, max: GIG_LIMITS.tasksPerEntry };

export function blankWorkEntry(platformId: string, currency: CurrencyCode): WorkEntryValues {
  return {
    platformId,
    project: '',
    day: '',
    paidHours: '',
    paidMinutes: '',
    onboarding: '',
    assessment: '',
    waiting: '',
    tasks: '',
    rate: '',
    unit: 'hour',
    currency,
    paidOn: '',
    received: '',
    fees: '',
    note: '',
  };
}

const whole = (text: string, range: { min: number; max: number }) => wholeNumberFromText(text, range) ?? 0;

/** Paid minutes from the two boxes: "2" and "30" → 150. */
const paidMinutesOf = (values: Pick<WorkEntryValues, 'paidHours' | 'paidMinutes'>) =>
  whole(values.paidHours, HOURS) * 60 + whole(values.paidMinutes, MINUTES_OF_HOUR);

export function workEntrySchema(locales: FormLocales) {
  const money = (required = false) =>
    moneyField(locales.numberLocale, { required, max: GIG_LIMITS.amountMinor });
  return z
    .object({
      platformId: z.string().min(1, 'errors.required'),
      project: textField(GIG_LIMITS.project),
      day: dayField(locales.dateLocale, { required: true }),
      paidHours: wholeNumberField(HOURS, { optional: true }),
      paidMinutes: wholeNumberField(MINUTES_OF_HOUR, { optional: true }),
      onboarding: wholeNumberField(MINUTES, { optional: true }),
      assessment: wholeNumberField(MINUTES, { optional: true }),
      waiting: wholeNumberField(MINUTES, { optional: true }),
      tasks: wholeNumberField(TASKS, { optional: true }),
      rate: money(true),
      unit: z.enum(GIG_PAY_UNITS),
      currency: z.enum(CURRENCY_CODES),
      paidOn: dayField(locales.dateLocale),
      received: money(),
      fees: money(),
      note: textField(GIG_LIMITS.note),
    })
    .superRefine((values, context) => {
      const unpaid = UNPAID_KINDS.reduce((sum, kind) => sum + whole(values[kind], MINUTES), 0);
      if (paidMinutesOf(values) + unpaid > GIG_LIMITS.minutesPerDay)
        context.addIssue({
          code: 'custom',
          path: ['paidHours'],
          message: formMessage('gig.entries.dayTooLong', { hours: HOURS.max }),
        });
      // A payout without its day could not be converted at the rate of the day it arrived.
      if ((!isBlank(values.received) || !isBlank(values.fees)) && isBlank(values.paidOn))
        context.addIssue({ code: 'custom', path: ['paidOn'], message: 'gig.entries.paidOnNeeded' });
    });
}

export function toWorkEntryValues(entry: WorkEntry, locales: FormLocales): WorkEntryValues {
  const count = (n: number) => (n === 0 ? '' : String(n));
  return {
    platformId: entry.platformId,
    project: entry.project,
    day: textFromDay(entry.day, locales.dateLocale),
    paidHours: count(Math.floor(entry.paidMinutes / 60)),
    paidMinutes: count(entry.paidMinutes % 60),
    onboarding: count(entry.unpaidMinutes.onboarding),
    assessment: count(entry.unpaidMinutes.assessment),
    waiting: count(entry.unpaidMinutes.waiting),
    tasks: count(entry.tasks),
    rate: textFromMinor(entry.rate.amountMinor, locales.numberLocale),
    unit: entry.rate.unit,
    currency: entry.currency,
    paidOn: textFromDay(entry.paidOn, locales.dateLocale),
    received: textFromMinor(entry.payout?.receivedMinor, locales.numberLocale),
    fees:
      entry.payout && entry.payout.feesMinor > 0
        ? textFromMinor(entry.payout.feesMinor, locales.numberLocale)
        : '',
    note: entry.note,
  };
}

/** Values the schema accepted → the saved entry's fields; an empty payout is no payout. */
export function toWorkEntryFields(values: WorkEntryValues, locales: FormLocales): WorkEntryFields {
  const minor = (text: string) => minorFromText(text, locales.numberLocale) ?? 0;
  const hasPayout = !isBlank(values.received) || !isBlank(values.fees);
  return {
    platformId: values.platformId,
    project: values.project.trim(),
    day: dayFromText(values.day, locales.dateLocale) ?? '',
    paidMinutes: paidMinutesOf(values),
    unpaidMinutes: {
      onboarding: whole(values.onboarding, MINUTES),
      assessment: whole(values.assessment, MINUTES),
      waiting: whole(values.waiting, MINUTES),
    },
    tasks: whole(values.tasks, TASKS),
    rate: { amountMinor: minor(values.rate), unit: values.unit },
    currency: values.currency,
    paidOn: dayFromText(values.paidOn, locales.dateLocale),
    payout: hasPayout ? { receivedMinor: minor(values.received), feesMinor: minor(values.fees) } : null,
    note: values.note.trim(),
  };
}
