import { useTranslation } from 'react-i18next';
import type { CurrencyCode } from '../../../../preload/contract/document-enums';
import { ScrollArea } from '../../components/ScrollArea';
import { formatRate } from '../../domain/budget/exchange-rates';
import { effectiveRates, type RateSummary } from '../../domain/gig/effective-rate';
import type { GigContext } from './use-gig-context';
import { RatesSource } from './RatesSource';

/**
 * What each platform really pays per hour, unpaid time and screenings included: in each
 * entry's own currency and in the home currency at the budget's dated rates, with the rates
 * used and the log it comes from said under the table.
 */
export function EffectiveRates({ context }: { context: GigContext }) {
  const { t } = useTranslation();
  const { section, home, rates, formatters } = context;
  const result = effectiveRates(section, home, rates);
  const dash = t('gig.rates.none');
  const money = (minor: number | null | undefined, currency: CurrencyCode) =>
    minor === null || minor === undefined ? dash : formatters.money(minor, currency);
  const hours = (minutes: number) => t('gig.hours', { hours: context.hoursOf(minutes) });
  const unpaidOf = (s: RateSummary) => s.totalMinutes - s.paidMinutes;
  const byCurrency = (s: RateSummary, key: 'earnedMinor' | 'effectiveHourlyMinor') => {
    const parts = Object.entries(s.byCurrency).map(([currency, totals]) =>
      money(totals[key], currency as CurrencyCode),
    );
    return parts.length === 0 ? dash : parts.join(' + ');
  };
  const row = (name: string, s: RateSummary, header = false) => (
    <tr key={name} className={header ? 'group-row' : undefined}>
      <th scope="row">{name}</th>
      <td>{t('gig.rates.timeValue', { total: hours(s.totalMinutes), unpaid: hours(unpaidOf(s)) })}</td>
      <td>{byCurrency(s, 'earnedMinor')}</td>
      <td>{s.unconverted.length > 0 ? dash : money(s.home.earnedMinor, home)}</td>
      <td>{byCurrency(s, 'effectiveHourlyMinor')}</td>
      <td>{money(s.home.effectiveHourlyMinor, home)}</td>
      <td>{money(s.home.netEffectiveHourlyMinor, home)}</td>
      <td>{money(s.home.paidHourlyMinor, home)}</td>
    </tr>
  );
  const overall = result.overall;
  return (
    <section className="card" aria-labelledby="gig-rates">
      <h2 id="gig-rates">{t('gig.rates.title')}</h2>
      <p className="muted-text">{t('gig.rates.intro')}</p>
      {section.entries.length === 0 && section.screenings.length === 0 ? (
        <p>{t('gig.rates.empty')}</p>
      ) : (
        <>
          <ScrollArea label={t('gig.rates.caption')}>
            <table className="data-table">
              <caption className="visually-hidden">{t('gig.rates.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('gig.rates.platform')}</th>
                  <th scope="col">{t('gig.rates.time')}</th>
                  <th scope="col">{t('gig.rates.earned')}</th>
                  <th scope="col">{t('gig.rates.earnedHome', { home })}</th>
                  <th scope="col">{t('gig.rates.perHour')}</th>
                  <th scope="col">{t('gig.rates.perHourHome', { home })}</th>
                  <th scope="col">{t('gig.rates.net', { home })}</th>
                  <th scope="col">{t('gig.rates.paidOnly', { home })}</th>
                </tr>
              </thead>
              <tbody>
                {result.platforms.map((p) => row(context.platformName(p.platformId), p.summary))}
                {result.platforms.length > 1 ? row(t('gig.rates.overall'), overall, true) : null}
              </tbody>
            </table>
          </ScrollArea>
          <RatesSource context={context} />
          <ul className="muted-text">
            {overall.ratesUsed.length === 0 && overall.unconverted.length === 0 ? (
              <li>{t('gig.rates.noConversion', { home })}</li>
            ) : null}
            {overall.ratesUsed.map((used) => (
              <li key={`${used.currency}-${used.asOf}`}>
                {t(used.datedAfter ? 'gig.rates.rateAfter' : 'gig.rates.rateUsed', {
                  currency: used.currency,
                  rate: formatRate(used.homePerUnitMicros, formatters.numberLocale),
                  home,
                  date: formatters.day(used.asOf),
                })}
              </li>
            ))}
            {overall.unconverted.length > 0 ? (
              <li>{t('gig.rates.unconverted', { count: overall.unconverted.length, home })}</li>
            ) : null}
          </ul>
        </>
      )}
    </section>
  );
}
