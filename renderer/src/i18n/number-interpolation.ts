/**
 * Every number put into a translated text goes through Intl.NumberFormat of that text's
 * language: "6,5 heures" and "12 000 lignes" in French, "6.5 hours" and "12,000 rows" in
 * English. Without this, i18next writes String(6.5), a decimal point in French.
 */
import type { FormatterModule, InitOptions } from 'i18next';

const byLanguage = new Map<string, Intl.NumberFormat>();

function numberFormat(language: string): Intl.NumberFormat {
  let format = byLanguage.get(language);
  if (!format) {
    // 'min2' groups from five digits on, so a year (2026) or a schema version stays whole.
    format = new Intl.NumberFormat(language, { maximumFractionDigits: 2, useGrouping: 'min2' });
    byLanguage.set(language, format);
  }
  return format;
}

/**
 * A whole number from 0 to 9,999 is written with its plain digits in both languages (no
 * decimals, and no group separator under five digits). Those (day counts, weekly hours) are
 * most of what Today shows, and skipping Intl for them keeps the page's first
 * Intl.NumberFormat (its locale data, tens of milliseconds) out of start-up. Tested against
 * Intl for every such number.
 */
function isPlainDigits(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value < 10_000 && !Object.is(value, -0);
}

/** The text a number takes in `language`'s interface texts. */
export function interpolatedNumber(value: number, language: string): string {
  return isPlainDigits(value) ? String(value) : numberFormat(language).format(value);
}

/** i18next's formatter, asked for every interpolation (alwaysFormat). */
export const numberInterpolation: FormatterModule = {
  type: 'formatter',
  init: () => undefined,
  add: () => undefined,
  addCached: () => undefined,
  // Anything but a number goes back untouched: i18next itself writes strings, and reports
  // an undefined value as a missing one.
  format: (value: unknown, format: string | undefined, language: string | undefined) =>
    typeof value === 'number' && language ? interpolatedNumber(value, language) : (value as string),
};

/** The interpolation options every i18next instance of the app (and of the tests) uses. */
export const interpolationOptions: InitOptions['interpolation'] = {
  // React already escapes text; escaping here would show &amp; to users.
  escapeValue: false,
  alwaysFormat: true,
};
