/**
 * Calendar days as the user sees and types them, through date-fns and its locales.
 * Stored dates are ISO `YYYY-MM-DD`; the screen shows the locale's short date (05/03/2026
 * in France, 03/05/2026 in the US), and typing accepts that form or ISO.
 */
import { format, isValid, parse, parseISO, type Locale } from 'date-fns';
import { enGB, enUS, fr, frCA } from 'date-fns/locale';
import type { CountryCode, Language } from '../../../preload/contract/document';

export function dateLocale(language: Language, country: CountryCode): Locale {
  if (language === 'fr') return country === 'CA' ? frCA : fr;
  return country === 'US' ? enUS : enGB;
}

/**
 * The locale's short-date order with a four-digit year: some locales (fr-CA) use two-digit
 * years, which cannot be read back without guessing the century.
 */
export function shortDatePattern(locale: Locale): string {
  const pattern = locale.formatLong?.date({ width: 'short' }) ?? 'yyyy-MM-dd';
  return pattern.replace(/y+/, 'yyyy');
}

export function formatIsoDay(isoDay: string, locale: Locale): string {
  return format(parseISO(isoDay), shortDatePattern(locale), { locale });
}

/**
 * French writes the first of the month as an ordinal, "1er décembre 2026", and every other
 * day as a plain number ("2 décembre", never date-fns' "2e"), so only day 1 changes.
 */
function dayPatternFor(pattern: string, date: Date, locale: Locale): string {
  if (!locale.code?.startsWith('fr') || date.getDate() !== 1) return pattern;
  return pattern.replace(/(^|[^d'])d(?!d)/, "$1d'er'");
}

/** The day in words: "1 December 2026", "December 1, 2026", "1er décembre 2026". */
export function formatLongDay(isoDay: string, locale: Locale): string {
  const date = parseISO(isoDay);
  const pattern = locale.formatLong?.date({ width: 'long' }) ?? 'PPP';
  return format(date, dayPatternFor(pattern, date, locale), { locale });
}

/** A moment with its day in words and its time: "1er déc. 2026, 09:30". */
export function formatDateTime(isoDateTime: string, locale: Locale): string {
  const date = parseISO(isoDateTime);
  const long = locale.formatLong;
  if (!long) return format(date, 'PPp', { locale });
  const day = dayPatternFor(long.date({ width: 'medium' }), date, locale);
  // date-fns' own 'PPp', spelled out so the day can change: the locale's medium date,
  // short time, joined as the locale joins them.
  const pattern = long
    .dateTime({ width: 'medium' })
    .replace('{{date}}', day)
    .replace('{{time}}', long.time({ width: 'short' }));
  return format(date, pattern, { locale });
}

/** The typed day as ISO, or null if it is not a real calendar day. */
export function parseTypedDay(text: string, locale: Locale): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const reference = new Date(2000, 0, 1);
  for (const pattern of [shortDatePattern(locale), 'yyyy-MM-dd']) {
    const parsed = parse(trimmed, pattern, reference, { locale });
    if (isValid(parsed) && parsed.getFullYear() >= 1900 && parsed.getFullYear() <= 2200) {
      return format(parsed, 'yyyy-MM-dd');
    }
  }
  return null;
}
