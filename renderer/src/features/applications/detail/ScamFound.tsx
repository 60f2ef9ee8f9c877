import { useTranslation } from 'react-i18next';
import type { ScamSignCode } from '../../../../../preload/contract/applications-section';
import type { ScamSign } from '../../../domain/gig/scam-check';

/** The signs found in what the user typed: the words that raised each, why it matters, keep it. */
export function ScamFound(props: {
  found: readonly ScamSign[];
  kept: ReadonlySet<ScamSignCode>;
  onKeep: (code: ScamSignCode) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <h3>{t('gig.scamCheck.found')}</h3>
      {props.found.length === 0 ? <p className="muted-text">{t('gig.scamCheck.foundNone')}</p> : null}
      <ul className="scam-found">
        {props.found.map((sign, index) => (
          <li key={`${sign.code}-${index}`}>
            <strong>{t(`gig.scamCheck.signs.${sign.code}`)}</strong>
            <br />
            {t('gig.scamCheck.evidence', { evidence: sign.evidence })}
            {sign.imitates ? ` ${t('gig.scamCheck.imitates', sign.imitates)}` : ''}
            <br />
            {t(sign.explanationKey)}
            <br />
            {props.kept.has(sign.code) ? (
              <span className="form-saved">{t('gig.scamCheck.kept')}</span>
            ) : (
              <button
                type="button"
                className="button secondary small"
                onClick={() => props.onKeep(sign.code)}
              >
                {t('gig.scamCheck.keep')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
