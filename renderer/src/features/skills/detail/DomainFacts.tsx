import { useTranslation } from 'react-i18next';
import type { ResolvedDomain } from '../../../domain/matching/resolve-domains';
import { useFormatters } from '../../../components/use-formatters';

/** Screening, reported pay (with source and date, never a promise), employers, estimate. */
export function DomainFacts({ domain }: { domain: ResolvedDomain }) {
  const { t } = useTranslation();
  const { money } = useFormatters();
  const pay = domain.pay;
  return (
    <>
      {domain.screening.length > 0 ? (
        <section aria-labelledby="screening-title">
          <h2 id="screening-title">{t('skills.detail.screening')}</h2>
          <ul>
            {domain.screening.map((step) => (
              <li key={step}>{t(`skills.screeningSteps.${step}`)}</li>
            ))}
          </ul>
          <p className="muted-text">{t('skills.detail.screeningNote')}</p>
        </section>
      ) : null}
      {domain.origin !== 'custom' ? (
        <section aria-labelledby="pay-title">
          <h2 id="pay-title">{t('skills.detail.pay')}</h2>
          {pay ? (
            <p>
              {pay.maxMinor === null
                ? t('skills.detail.payFrom', {
                    min: money(pay.minMinor, pay.currency),
                    unit: t(`skills.detail.payUnit.${pay.unit}`),
                  })
                : t('skills.detail.payRange', {
                    min: money(pay.minMinor, pay.currency),
                    max: money(pay.maxMinor, pay.currency),
                    unit: t(`skills.detail.payUnit.${pay.unit}`),
                  })}{' '}
              {t('skills.detail.reported', { source: pay.source, date: pay.reported })}
              {pay.lowConfidence ? ` ${t('skills.detail.lowConfidence')}` : ''}
            </p>
          ) : (
            <p>{t('skills.detail.noPay')}</p>
          )}
        </section>
      ) : null}
      {domain.employers.length > 0 ? (
        <section aria-labelledby="employers-title">
          <h2 id="employers-title">{t('skills.detail.employers')}</h2>
          <p>{domain.employers.join(', ')}</p>
        </section>
      ) : null}
      {domain.readyWeeks ? (
        <section aria-labelledby="ready-title">
          <h2 id="ready-title">{t('skills.detail.ready')}</h2>
          <p>
            {t('skills.detail.readyLine', {
              scratch: domain.readyWeeks.fromScratch,
              some: domain.readyWeeks.withSomeBackground,
              strong: domain.readyWeeks.withStrongBackground,
            })}
          </p>
        </section>
      ) : null}
    </>
  );
}
