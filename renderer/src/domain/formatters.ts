/**
 * Formatting for a language and a country together: dates, money, decimals. Pure and cached;
 * the screens get theirs from useFormatters, the counsellor summary in its own language.
 */
import { format, parseISO } from 'date-fns';
import type { CountryCode, CurrencyCode, Language } from '../../../preload/contract/document';
import { formattingLocale } from './countries';
import { dateLocale, formatDateTime, formatIsoDay, formatLongDay, shortDatePattern } from './dates';
import { formatMoney } from './money';

function buildFormatters(language: Language, country: CountryCode) {
  const locale = dateLocale(language, country);
  // Worked out on first use: it builds Intl formatters, which Today's first render avoids.
  let resolvedNumberLocale: string | null = null;
  const numberLocale = () => (resolvedNumberLocale ??= formattingLocale(language, country));
  // Built on first use: the page's first Intl.NumberFormat loads the locale's data (tens of
  // milliseconds), which start-up should not pay before Today's heading paints.
  let decimalFormat: Intl.NumberFormat | null = null;
  // Chart axes read at a glance: "12 000" / "12,000", at most one decimal (a rate of 0.5).
  let axisFormat: Intl.NumberFormat | null = null;
  let datePattern: string | null = null;
  // A board, a table or a summary's log shows the same few hundred days many times over.
  const days = new Map<string, string>();
  const longDays = new Map<string, string>();
  return {
    language,
    country,
    dateLocale: locale,
    get numberLocale(): string {
      return numberLocale();
    },
    day: (iso: string) => {
      let text = days.get(iso);
      if (text === undefined) days.set(iso, (text = formatIsoDay(iso, locale)));
      return text;
    },
    longDay: (iso: string) => {
      let text = longDays.get(iso);
      if (text === undefined) longDays.set(iso, (text = formatLongDay(iso, locale)));
      return text;
    },
    time: (isoDateTime: string) => format(parseISO(isoDateTime), 'p', { locale }),
    dateTime: (isoDateTime: string) => formatDateTime(isoDateTime, locale),
    money: (amountMinor: number, currency: CurrencyCode) =>
      formatMoney(amountMinor, currency, numberLocale()),
    /** Hours, years: "6.5" in English, "6,5" in French; no grouping, so it can be typed back. */
    decimal: (value: number) =>
      (decimalFormat ??= new Intl.NumberFormat(numberLocale(), {
        maximumFractionDigits: 2,
        useGrouping: false,
      })).format(value),
    /** A chart axis tick, with thousands separators in both languages. */
    axis: (value: number) =>
      (axisFormat ??= new Intl.NumberFormat(numberLocale(), { maximumFractionDigits: 1 })).format(value),
    get datePattern(): string {
      return (datePattern ??= shortDatePattern(locale));
    },
  };
}

export type Formatters = ReturnType<typeof buildFormatters>;

// One set per language and country for the whole app: building Intl formatters is not free,
// and hundreds of cards ask at once.
const built = new Map<string, Formatters>();

export function formattersFor(language: Language, country: CountryCode): Formatters {
  const key = `${language}-${country}`;
  let formatters = built.get(key);
  if (!formatters) built.set(key, (formatters = buildFormatters(language, country)));
  return formatters;
}
