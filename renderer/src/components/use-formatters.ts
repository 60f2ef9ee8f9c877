/** Formatting that follows the interface language and the profile's country together. */
import { useMemo } from 'react';
import { format, parseISO } from 'date-fns';
import type { CurrencyCode } from '../../../preload/contract/document';
import { formattingLocale } from '../domain/countries';
import { dateLocale, formatIsoDay, formatLongDay, shortDatePattern } from '../domain/dates';
import { formatMoney } from '../domain/money';
import { usePreferencesStore } from '../state/preferences-store';
import { useProfileStore } from '../state/profile-store';

export function useFormatters() {
  const language = usePreferencesStore((state) => state.language);
  const country = useProfileStore((state) => state.profile?.country ?? 'US');
  return useMemo(() => {
    const locale = dateLocale(language, country);
    const numberLocale = formattingLocale(language, country);
    const decimalFormat = new Intl.NumberFormat(numberLocale, {
      maximumFractionDigits: 2,
      useGrouping: false,
    });
    return {
      language,
      country,
      dateLocale: locale,
      numberLocale,
      day: (iso: string) => formatIsoDay(iso, locale),
      longDay: (iso: string) => formatLongDay(iso, locale),
      time: (isoDateTime: string) => format(parseISO(isoDateTime), 'p', { locale }),
      dateTime: (isoDateTime: string) => format(parseISO(isoDateTime), 'PPp', { locale }),
      money: (amountMinor: number, currency: CurrencyCode) =>
        formatMoney(amountMinor, currency, numberLocale),
      /** Hours, years: "6.5" in English, "6,5" in French; no grouping, so it can be typed back. */
      decimal: (value: number) => decimalFormat.format(value),
      datePattern: shortDatePattern(locale),
    };
  }, [language, country]);
}
