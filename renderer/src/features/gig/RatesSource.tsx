import { useTranslation } from 'react-i18next';
import type { GigContext } from './use-gig-context';

/** Where the rates come from: the log's first and last day, and the day they were worked out. */
export function RatesSource({ context }: { context: GigContext }) {
  const { t } = useTranslation();
  const { section, formatters, today } = context;
  // ISO days sort as text: the first and the last day of the log.
  const days = section.entries.map((e) => e.day).sort();
  const from = days[0];
  const to = days.at(-1);
  return (
    <p className="muted-text">
      {from === undefined || to === undefined
        ? t('gig.rates.sourceEmpty', { today: formatters.day(today) })
        : t('gig.rates.source', {
            count: days.length,
            from: formatters.day(from),
            to: formatters.day(to),
            today: formatters.day(today),
          })}
    </p>
  );
}
