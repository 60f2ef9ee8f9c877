import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ExpectedIncome } from '../../../domain/applications/offers';
import { formatRate } from '../../../domain/budget/exchange-rates';
import { useBudgetContext } from '../../../views/use-budget-context';

/**
 * Offers from Applications, each with what the budget makes of it: the monthly amount it
 * counts, both amounts and the rate and date used when the pay is in another currency, or why
 * it is not counted (with what to do about it).
 */
export function OffersFromApplications(props: { offers: readonly ExpectedIncome[]; profileHours: number }) {
  const { t } = useTranslation();
  const { formatters } = useBudgetContext();
  const amount = (minor: number | null, currency: ExpectedIncome['currency']) =>
    minor === null || currency === null ? '' : formatters.money(minor, currency);
  const describe = (offer: ExpectedIncome): string => {
    const own = amount(offer.payMonthlyMinor, offer.payCurrency);
    switch (offer.problem) {
      case 'no-pay':
        return t('budget.offers.noPay');
      case 'no-units':
        return t('budget.offers.noUnits');
      case 'no-rate':
        return t('budget.offers.noRate', { amount: own, currency: offer.payCurrency ?? '' });
      case 'no-start':
        return t('budget.offers.noStart');
      case null:
        break;
    }
    const values = { date: formatters.day(offer.start ?? ''), likelihood: offer.likelihood };
    const line = offer.rate
      ? t('budget.offers.converted', {
          ...values,
          amount: own,
          home: amount(offer.monthlyMinor, offer.currency),
          rate: formatRate(offer.rate.homePerUnitMicros, formatters.numberLocale),
          rateDate: formatters.day(offer.rate.asOf),
        })
      : t('budget.offers.row', { ...values, amount: amount(offer.monthlyMinor, offer.currency) });
    return offer.hoursFromProfile
      ? `${line} ${t('budget.offers.hoursFromProfile', { count: props.profileHours })}`
      : line;
  };
  return (
    <section className="card" aria-labelledby="offers-title">
      <h2 id="offers-title">{t('budget.offers.title')}</h2>
      <p className="muted-text">{t('budget.offers.hint')}</p>
      {props.offers.length === 0 ? <p>{t('budget.offers.none')}</p> : null}
      <ul className="budget-list">
        {props.offers.map((offer) => (
          <li key={offer.applicationId}>
            <Link href={`/applications/${offer.applicationId}`}>{offer.organisation}</Link> {describe(offer)}
          </li>
        ))}
      </ul>
    </section>
  );
}
