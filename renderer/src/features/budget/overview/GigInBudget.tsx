import { format, parseISO } from 'date-fns';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatRate } from '../../../domain/budget/exchange-rates';
import { ScrollArea } from '../../../components/ScrollArea';
import type { ConvertedPart } from '../../../domain/budget/gig-feed';
import { gigBenefitMonths, gigRunwayChange } from '../../../domain/budget/gig-summary';
import { netByMonth, taxRegimeFor } from '../../../domain/budget/gig-taxes';
import type { useBudgetView } from '../../../views/use-budget-view';

type View = ReturnType<typeof useBudgetView>;

/**
 * The gig log's past months in the budget: what each earned in its own currency and in the
 * home currency with the rate used, gross beside the estimated net, the benefit that month
 * with and without the work, and how far the logged work moves the runway.
 */
export function GigInBudget({ view }: { view: View }) {
  const { t } = useTranslation();
  const { gig, gigSection, formatters, money, currency } = view;
  const country = formatters.country;
  // Worked out once per change of the sources (a second Baseline projection, without the log).
  const summary = useMemo(() => {
    const input = {
      section: view.section,
      offers: view.offers,
      currency,
      pathCosts: view.pathCosts,
      start: view.today,
      gig,
    };
    return {
      benefits: gigBenefitMonths(input),
      change: gigRunwayChange(input),
      nets: netByMonth(
        gig.months.map((m) => m.grossMinor),
        taxRegimeFor(country, gigSection.taxes),
      ),
    };
  }, [view.section, view.offers, currency, view.pathCosts, view.today, gig, country, gigSection.taxes]);
  const part = (p: ConvertedPart) =>
    p.rate === null
      ? money(p.homeMinor)
      : `${t('budget.gig.part', {
          own: formatters.money(p.ownMinor, p.currency),
          home: money(p.homeMinor),
          rate: formatRate(p.rate.homePerUnitMicros, formatters.numberLocale),
          date: formatters.day(p.rate.asOf),
        })}${p.rate.datedAfter ? ` (${t('budget.gig.datedAfter')})` : ''}`;
  const change = summary.change;
  const changeText =
    change.kind === 'moved'
      ? t(change.days > 0 ? 'budget.gig.runwayMoved' : 'budget.gig.runwayEarlier', {
          count: Math.abs(change.days),
          from: formatters.day(change.from),
          to: formatters.day(change.to),
        })
      : change.kind === 'lasts'
        ? t('budget.gig.runwayLasts', { from: formatters.day(change.from) })
        : change.kind === 'ends'
          ? t('budget.gig.runwayEnds', { to: formatters.day(change.to) })
          : t('budget.gig.runwayNone');
  return (
    // Named by its table's scroll area below, as the Scenarios card is (axe landmark-unique).
    <section className="card">
      <h2 id="gig-budget-title">{t('budget.gig.title')}</h2>
      <p className="muted-text">{t('budget.gig.hint')}</p>
      {gig.months.length === 0 ? (
        <p>
          {t('budget.gig.empty')} <Link href="/gig">{t('budget.gig.openLog')}</Link>
        </p>
      ) : (
        <>
          <p>
            <strong>{t('budget.gig.estimate')}</strong>
          </p>
          <ScrollArea className="table-scroll" labelledBy="gig-budget-title">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('budget.gig.month')}</th>
                  <th scope="col">{t('budget.gig.earned')}</th>
                  <th scope="col">{t('budget.gig.gross', { currency })}</th>
                  <th scope="col">{t('budget.gig.net', { currency })}</th>
                  <th scope="col">{t('budget.gig.benefit')}</th>
                </tr>
              </thead>
              <tbody>
                {gig.months.map((month, i) => {
                  const benefit = summary.benefits[i];
                  return (
                    <tr key={month.start}>
                      <th scope="row">
                        {format(parseISO(month.start), 'LLLL yyyy', { locale: formatters.dateLocale })}
                      </th>
                      <td>
                        <ul className="plain-list">
                          {month.parts.map((p) => (
                            <li key={`${p.currency}-${p.rate?.asOf ?? ''}`}>{part(p)}</li>
                          ))}
                          {month.missingRates.map((code) => (
                            <li key={code}>
                              {t('budget.gig.missingRate', { currency: code })}{' '}
                              <Link href="/budget/money">{t('budget.gig.enterRate')}</Link>
                            </li>
                          ))}
                        </ul>
                      </td>
                      <td>{money(month.grossMinor)}</td>
                      <td>{money(summary.nets[i]?.netMinor ?? month.grossMinor)}</td>
                      <td>
                        {benefit?.withLog
                          ? t('budget.gig.benefitPaid', {
                              days: benefit.withLog.daysPaid,
                              net: money(benefit.withLog.netMinor),
                            })
                          : t('budget.gig.noBenefit')}
                        {benefit?.withoutLog &&
                        benefit.withLog &&
                        benefit.withoutLog.daysPaid !== benefit.withLog.daysPaid
                          ? ` (${t('budget.gig.benefitWithout', {
                              days: benefit.withoutLog.daysPaid,
                              net: money(benefit.withoutLog.netMinor),
                            })})`
                          : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollArea>
          <p role="status">{changeText}</p>
          {change.kind === 'moved' && change.days > 0 ? (
            <p className="muted-text">{t('budget.gig.runwayWhy')}</p>
          ) : null}
        </>
      )}
    </section>
  );
}
