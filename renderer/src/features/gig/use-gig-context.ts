/** What every gig screen needs: the log, the home currency, the budget's dated rates, formatting. */
import { useMemo } from 'react';
import { useFormatters } from '../../components/use-formatters';
import { useToday } from '../../components/use-today';
import { conventionsFor } from '../../domain/countries';
import { useBudgetStore } from '../../state/budget-store';
import { useGigStore } from '../../state/gig-store';

export function useGigContext() {
  const section = useGigStore((state) => state.section);
  const rates = useBudgetStore((state) => state.section.exchangeRates);
  const formatters = useFormatters();
  const today = useToday();
  return useMemo(() => {
    const names = new Map(section.platforms.map((p) => [p.id, p.name]));
    return {
      section,
      rates,
      today,
      formatters,
      /** The profile's country decides the home currency, as in the budget. */
      home: conventionsFor(formatters.country).currency,
      locales: { dateLocale: formatters.dateLocale, numberLocale: formatters.numberLocale },
      platformName: (id: string) => names.get(id) ?? id,
      /** Minutes as hours in the locale: 150 → "2.5 h" / "2,5 h". */
      hoursOf: (minutes: number) => formatters.decimal(Math.round((minutes / 60) * 100) / 100),
    };
  }, [section, rates, formatters, today]);
}

export type GigContext = ReturnType<typeof useGigContext>;
