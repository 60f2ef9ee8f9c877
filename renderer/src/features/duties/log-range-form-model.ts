/**
 * The state's log export's optional period, as typed (dates in the user's locale) and as used
 * (ISO days, or null for "from the start" / "until now"). An end before the start is refused
 * on the end field rather than exporting an empty log.
 */
import type { Locale } from 'date-fns';
import { z } from 'zod';
import { dayField, dayFromText } from '../../domain/forms/typed-fields';

export interface LogRangeValues {
  from: string;
  to: string;
}

export const blankLogRange = (): LogRangeValues => ({ from: '', to: '' });

export const logRangeFrom = (values: LogRangeValues, dateLocale: Locale) => ({
  from: dayFromText(values.from, dateLocale),
  to: dayFromText(values.to, dateLocale),
});

export const logRangeSchema = (dateLocale: Locale) =>
  z.object({ from: dayField(dateLocale), to: dayField(dateLocale) }).refine(
    (values) => {
      const range = logRangeFrom(values, dateLocale);
      return range.from === null || range.to === null || range.from <= range.to;
    },
    { path: ['to'], message: 'duties.us.export.rangeBackwards' },
  );
