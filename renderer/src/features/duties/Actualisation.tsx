import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useFormatters } from '../../components/use-formatters';
import { conventionsFor } from '../../domain/countries';
import { declarationFor, FRANCE_DUTY_PARAMETERS } from '../../domain/gig/claimant-duties';
import { useBudgetStore } from '../../state/budget-store';
import { hoursOf, type DutiesView } from '../../views/use-duties-view';
import { SourceLine } from './SourceLine';
import { useMonthName } from './use-month-name';

/**
 * France's monthly actualisation: the window (open with days left, or the next one) and what
 * to declare for its month from the gig log: hours (paid, rounded up) and gross pay in euros.
 */
export function Actualisation({ view }: { view: DutiesView }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const monthName = useMonthName();
  const rates = useBudgetStore((state) => state.section.exchangeRates);
  const home = conventionsFor(view.country).currency;
  const { actualisation, gig } = view;
  const window = actualisation.open ? actualisation.window : actualisation.next;
  const declaration = useMemo(
    () => declarationFor(window.month, gig, home, rates),
    [window.month, gig, home, rates],
  );
  const month = monthName(window.month);
  const names = declaration.unconverted
    .map((id) => gig.entries.find((entry) => entry.id === id))
    .map((entry) => (entry ? `${formatters.day(entry.day)} ${entry.project || entry.currency}` : ''))
    .join(', ');
  const logged = declaration.paidMinutes + declaration.unpaidMinutes > 0;
  return (
    <section className="card" aria-labelledby="duties-actualisation">
      <h2 id="duties-actualisation">{t('duties.france.actualisation.title')}</h2>
      {actualisation.open ? (
        <p className="notice notice-warning">
          {t('duties.france.actualisation.open', { month, date: formatters.longDay(window.closesOn) })}{' '}
          {t('duties.france.actualisation.daysLeft', { count: actualisation.daysLeft })}
        </p>
      ) : (
        <p>
          {t('duties.france.actualisation.closed', {
            month,
            opens: formatters.longDay(window.opensOn),
            closes: formatters.longDay(window.closesOn),
          })}
        </p>
      )}
      <SourceLine
        source={t('duties.sources.actualisation')}
        parameter={FRANCE_DUTY_PARAMETERS.actualisationOpensDay}
      />
      <h3>{t('duties.france.actualisation.declareTitle', { month })}</h3>
      {logged ? (
        <>
          <p className="declared">
            {t('duties.france.actualisation.hoursToDeclare', { hours: declaration.hoursToDeclare })}
          </p>
          <p className="field-hint">
            {t('duties.france.actualisation.hoursHint', {
              paid: formatters.decimal(hoursOf(declaration.paidMinutes)),
            })}
          </p>
          <p className="declared">
            {t('duties.france.actualisation.gross', {
              amount: formatters.money(declaration.grossMinor, declaration.currency),
            })}
          </p>
          {declaration.unpaidMinutes > 0 ? (
            <p>
              {t('duties.france.actualisation.unpaid', {
                hours: formatters.decimal(hoursOf(declaration.unpaidMinutes)),
              })}
            </p>
          ) : null}
          {declaration.unconverted.length > 0 ? (
            <p className="notice notice-warning">
              {t('duties.france.actualisation.unconverted', { count: declaration.unconverted.length, names })}
            </p>
          ) : null}
        </>
      ) : (
        <p>{t('duties.france.actualisation.none', { month })}</p>
      )}
      <p className="field-hint">
        {t('duties.france.actualisation.computedOn', { date: formatters.longDay(view.today) })}
      </p>
      <p>
        <Link href="/gig">{t('duties.france.actualisation.gigLink')}</Link>
      </p>
    </section>
  );
}
