/** What every budget screen needs: the section, the currency, today, and typed-text helpers. */
import { useMemo } from 'react';
import { conventionsFor } from '../domain/countries';
import { moneyInputText } from '../domain/money';
import { formatIsoDay } from '../domain/dates';
import { useFormatters } from '../components/use-formatters';
import { useToday } from '../components/use-today';
import { useBudgetStore } from '../state/budget-store';

export function useBudgetContext() {
  const section = useBudgetStore((state) => state.section);
  const formatters = useFormatters();
  const today = useToday();
  return useMemo(() => {
    const currency = conventionsFor(formatters.country).currency;
    return {
      section,
      currency,
      today,
      formatters,
      money: (minor: number) => formatters.money(minor, currency),
      /** Stored values back into the text a user would type, for editing. */
      typedMoney: (minor: number) => moneyInputText(minor, formatters.numberLocale),
      typedDay: (iso: string | null) => (iso === null ? '' : formatIsoDay(iso, formatters.dateLocale)),
    };
  }, [section, formatters, today]);
}
