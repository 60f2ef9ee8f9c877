/** The fixed lists the document's fields choose from; no imports, so any schema can use them. */
export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEMES)[number];

/** Countries with their own currency, date and paper conventions (renderer/src/domain/countries.ts). */
export const COUNTRY_CODES = [
  'FR',
  'BE',
  'CH',
  'LU',
  'CA',
  'US',
  'GB',
  'IE',
  'DE',
  'ES',
  'IT',
  'NL',
  'AU',
  'NZ',
] as const;
export type CountryCode = (typeof COUNTRY_CODES)[number];

export const CURRENCY_CODES = ['EUR', 'USD', 'GBP', 'CAD', 'CHF', 'AUD', 'NZD'] as const;
export type CurrencyCode = (typeof CURRENCY_CODES)[number];

/** The parts of the counsellor summary, in their order on the page. */
export const SUMMARY_SECTIONS = ['situation', 'targets', 'plan', 'log', 'budget', 'note'] as const;

/** A recruitment scam's warning signs, ticked by the user or found in what they typed. */
export const SCAM_SIGN_CODES = [
  'fee-asked',
  'messaging-app',
  'look-alike-domain',
  'id-or-bank-early',
  'pay-too-high',
] as const;
export type ScamSignCode = (typeof SCAM_SIGN_CODES)[number];
