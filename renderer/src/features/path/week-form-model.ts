/**
 * The path's week settings as typed (text in the user's locale) and as saved (ISO days, whole
 * hours): the plan's start date, a week off, and one week's own hours. The hours' range is
 * WEEK_LIMITS from the contract; messages are i18n keys (see domain/forms/form-message.ts).
 */
import type { Locale } from 'date-fns';
import { format, parseISO, startOfWeek } from 'date-fns';
import { z } from 'zod';
import { WEEK_LIMITS } from '../../../../preload/contract/path-section';
import {
  dayField,
  dayFromText,
  textFromDay,
  wholeNumberField,
  wholeNumberFromText,
} from '../../domain/forms/typed-fields';

export type WeekStartsOn = 0 | 1;

/** Weeks off and week hours are stored by the first day of that week in the user's locale. */
export function weekStartOf(isoDay: string, weekStartsOn: WeekStartsOn): string {
  return format(startOfWeek(parseISO(isoDay), { weekStartsOn }), 'yyyy-MM-dd');
}

// The plan's start date: empty clears it (the plan then starts today).

export interface StartDateValues {
  start: string;
}

export const startDateSchema = (dateLocale: Locale) => z.object({ start: dayField(dateLocale) });

export const toStartDateValues = (startDate: string | null, dateLocale: Locale): StartDateValues => ({
  start: textFromDay(startDate, dateLocale),
});

/** The ISO day to save, or null when the field was left empty. */
export const startDateFrom = (values: StartDateValues, dateLocale: Locale): string | null =>
  dayFromText(values.start, dateLocale);

// A week off: any day of it, saved as the week's first day.

export interface WeekOffValues {
  week: string;
}

export const blankWeekOff = (): WeekOffValues => ({ week: '' });

export const weekOffSchema = (dateLocale: Locale) =>
  z.object({ week: dayField(dateLocale, { required: true }) });

/** The week's first day, from values the schema accepted (null only if it was not). */
export function weekOffFrom(
  values: WeekOffValues,
  dateLocale: Locale,
  weekStartsOn: WeekStartsOn,
): string | null {
  const iso = dayFromText(values.week, dateLocale);
  return iso === null ? null : weekStartOf(iso, weekStartsOn);
}

// One week with its own hours.

export interface WeekHoursValues {
  week: string;
  hours: string;
}

export const blankWeekHours = (): WeekHoursValues => ({ week: '', hours: '' });

export const weekHoursSchema = (dateLocale: Locale) =>
  z.object({ week: dayField(dateLocale, { required: true }), hours: wholeNumberField(WEEK_LIMITS.hours) });

/** The override to save, from values the schema accepted (null only if it was not). */
export function weekHoursFrom(
  values: WeekHoursValues,
  dateLocale: Locale,
  weekStartsOn: WeekStartsOn,
): { weekStart: string; hours: number } | null {
  const iso = dayFromText(values.week, dateLocale);
  const hours = wholeNumberFromText(values.hours, WEEK_LIMITS.hours);
  return iso === null || hours === null ? null : { weekStart: weekStartOf(iso, weekStartsOn), hours };
}

/** A saved override as the form would show it, for a round trip. */
export const toWeekHoursValues = (
  override: { weekStart: string; hours: number },
  dateLocale: Locale,
): WeekHoursValues => ({ week: textFromDay(override.weekStart, dateLocale), hours: String(override.hours) });
