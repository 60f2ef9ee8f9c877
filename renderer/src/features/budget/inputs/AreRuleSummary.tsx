import { useTranslation } from 'react-i18next';
import type { AreClaim } from '../../../../../preload/contract/budget-section';
import { netDay } from '../../../domain/budget/are-net';
import { useBudgetContext } from '../../../views/use-budget-context';

/** What France's ARE rule will pay, gross and net, as the benefits form holds it. */
export function AreRuleSummary({ claim, onUseFixed }: { claim: AreClaim; onUseFixed: () => void }) {
  const { t } = useTranslation();
  const { money } = useBudgetContext();
  const cap = Math.round((claim.dailyReferenceMinor * claim.capDaysHundredths) / 100);
  return (
    <div className="notice notice-info">
      <p>
        <strong>{t('budget.estimateLabel')}</strong>{' '}
        {t('budget.benefits.areRule', {
          daily: money(claim.dailyMinor),
          net: money(netDay(claim.dailyMinor, claim).netMinor),
          days: claim.capitalDays,
          reference: money(claim.dailyReferenceMinor),
          cap: money(cap),
        })}
      </p>
      {claim.reducedDailyMinor !== null ? (
        <p>
          {t('budget.benefits.areReduced', {
            day: claim.reducedFromDay,
            daily: money(claim.reducedDailyMinor),
            net: money(netDay(claim.reducedDailyMinor, claim).netMinor),
          })}
        </p>
      ) : null}
      <button type="button" className="button secondary" onClick={onUseFixed}>
        {t('budget.benefits.useFixed')}
      </button>
    </div>
  );
}
