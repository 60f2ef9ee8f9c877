/**
 * What the profile's country decides: currency, paper size for exports, the benefit rules the
 * Budget offers, and the regional half of the date locale. Names come from Intl.DisplayNames,
 * so they are translated by the platform.
 */
import type { CountryCode, CurrencyCode, Language } from '../../../preload/contract/document';

export type PaperSize = 'A4' | 'Letter';
export type BenefitRules = 'france-are' | 'us-state' | 'manual';

export interface CountryConventions {
  currency: CurrencyCode;
  paper: PaperSize;
  benefits: BenefitRules;
}

export const COUNTRY_CONVENTIONS = {
  FR: { currency: 'EUR', paper: 'A4', benefits: 'france-are' },
  BE: { currency: 'EUR', paper: 'A4', benefits: 'manual' },
  CH: { currency: 'CHF', paper: 'A4', benefits: 'manual' },
  LU: { currency: 'EUR', paper: 'A4', benefits: 'manual' },
  CA: { currency: 'CAD', paper: 'Letter', benefits: 'manual' },
  US: { currency: 'USD', paper: 'Letter', benefits: 'us-state' },
  GB: { currency: 'GBP', paper: 'A4', benefits: 'manual' },
  IE: { currency: 'EUR', paper: 'A4', benefits: 'manual' },
  DE: { currency: 'EUR', paper: 'A4', benefits: 'manual' },
  ES: { currency: 'EUR', paper: 'A4', benefits: 'manual' },
  IT: { currency: 'EUR', paper: 'A4', benefits: 'manual' },
  NL: { currency: 'EUR', paper: 'A4', benefits: 'manual' },
  AU: { currency: 'AUD', paper: 'A4', benefits: 'manual' },
  NZ: { currency: 'NZD', paper: 'A4', benefits: 'manual' },
} as const satisfies Record<CountryCode, CountryConventions>;

export function conventionsFor(country: CountryCode): CountryConventions {
  return COUNTRY_CONVENTIONS[country];
}

/** The grouping and decimal signs a format writes, e.g. ",." for 12,345.50. */
const separatorsOf = (format: Intl.NumberFormat): string =>
  format
    .formatToParts(12345.5)
    .filter((part) => part.type === 'group' || part.type === 'decimal')
    .map((part) => part.value)
    .join('');

// One answer per pair for the app's life: the check builds two Intl formatters.
const numberLocales = new Map<string, string>();

/**
 * A regional usage, not a data slip: Swiss French writes francs with a point ("8'200.50 CHF")
 * and other decimals with a comma (CLDR fr-CH), and a Swiss reader expects exactly that.
 */
const AMOUNTS_DIFFER_ON_PURPOSE = new Set(['fr-CH']);

/**
 * The language's signs without a country's: English "for the world" (en-001) still writes
 * "US$" for dollars, as en-FR did (plain "en" is American and writes "$"), for a user outside
 * the US who may see several dollars.
 */
const INTERNATIONAL: Record<Language, string> = { en: 'en-001', fr: 'fr' };

/**
 * BCP 47 tag for numbers and amounts: the interface language with the user's region (fr-CA,
 * en-GB, en-CH's apostrophes), so each region's grouping is kept. For some English pairs
 * CLDR gives amounts and plain numbers different signs: en-FR writes "€8,200.50" beside
 * "45 000,5", en-DE "€8,200.50" beside "45.000,5". A screen showing both would contradict
 * itself, and a money field's example ("2450,50") would not match the amounts above it;
 * those pairs use the language's international signs for both.
 */
export function formattingLocale(language: Language, country: CountryCode): string {
  const tag = `${language}-${country}`;
  let locale = numberLocales.get(tag);
  if (locale === undefined) {
    const amounts = new Intl.NumberFormat(tag, {
      style: 'currency',
      currency: conventionsFor(country).currency,
    });
    const agree = separatorsOf(amounts) === separatorsOf(new Intl.NumberFormat(tag));
    locale = agree || AMOUNTS_DIFFER_ON_PURPOSE.has(tag) ? tag : INTERNATIONAL[language];
    numberLocales.set(tag, locale);
  }
  return locale;
}

// Built on first use, once per language: a DisplayNames catalogue is slow to make (ICU data)
// and a country list asks for a dozen names in a row.
const regionNames = new Map<Language, Intl.DisplayNames>();

export function countryName(country: CountryCode, language: Language): string {
  let names = regionNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'region' });
    regionNames.set(language, names);
  }
  return names.of(country) ?? country;
}

/** A guess for first run from the browser or OS locale, e.g. fr-FR → FR; the user confirms it. */
export function countryFromLocale(locale: string, fallback: CountryCode = 'US'): CountryCode {
  const region = new Intl.Locale(locale).maximize().region;
  return region && region in COUNTRY_CONVENTIONS ? (region as CountryCode) : fallback;
}
