import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  SCAM_SIGN_CODES,
  type Application,
  type ScamSignCode,
} from '../../../../../preload/contract/applications-section';
import type { ApiError } from '../../../../../preload/contract/result';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { CATALOGUE_DOMAINS } from '../../../domain/catalogue/catalogue';
import { scamCheckInput } from '../../../domain/applications/scam-signs';
import { checkForScam } from '../../../domain/gig/scam-check';
import { setScamSign, useApplicationsStore } from '../../../state/applications-store';
import { ScamFound } from './ScamFound';
import { ScamReport } from './ScamReport';

/**
 * Warning signs of a recruitment scam on one application: the ones the user ticks, and the
 * ones found in what they typed (read here, never sent anywhere), each with why it matters
 * and where to report. A found sign is kept only when the user says so.
 */
export function ScamCheck({ application }: { application: Application }) {
  const { t } = useTranslation();
  const stages = useApplicationsStore((state) => state.section.stages);
  const [error, setError] = useState<ApiError | null>(null);
  const reported = CATALOGUE_DOMAINS.find((d) => d.id === application.domainId)?.pay ?? null;
  const found = checkForScam(scamCheckInput(application, stages, reported));
  const kept = new Set(application.scamSigns);
  const keep = async (code: ScamSignCode, on: boolean) => {
    setError(await setScamSign(application.id, code, on));
  };
  return (
    <section className="card" aria-labelledby="scam-check-title">
      <h2 id="scam-check-title">{t('gig.scamCheck.title')}</h2>
      <p className="muted-text">{t('gig.scamCheck.intro')}</p>
      <fieldset>
        <legend>{t('gig.scamCheck.ticked')}</legend>
        {SCAM_SIGN_CODES.map((code) => (
          <div key={code}>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={kept.has(code)}
                onChange={(event) => void keep(code, event.target.checked)}
              />
              {t(`gig.scamCheck.signs.${code}`)}
            </label>
            {kept.has(code) ? <p className="field-hint">{t(`gig.scam.${code}`)}</p> : null}
          </div>
        ))}
      </fieldset>
      <ScamFound found={found} kept={kept} onKeep={(code) => void keep(code, true)} />
      {error ? <ErrorMessage error={error} /> : null}
      <p>{t('gig.scamCheck.advice')}</p>
      <ScamReport />
    </section>
  );
}
