import { useTranslation } from 'react-i18next';
import { reportTargetsFor } from '../../../domain/gig/scam-check';
import { ExternalLink } from '../../../components/ExternalLink';
import { useProfileStore } from '../../../state/profile-store';

/** Where to report, for the user's country: each opens in the browser (main's allow-list). */
export function ScamReport() {
  const { t } = useTranslation();
  const country = useProfileStore((state) => state.profile?.country ?? 'US');
  return (
    <>
      <h3>{t('gig.scamCheck.report')}</h3>
      {/* Long addresses wrap inside the narrow column rather than run out of the card. */}
      <ul style={{ overflowWrap: 'anywhere' }}>
        {reportTargetsFor(country).map((target) => (
          <li key={target.url}>
            {t('gig.scamCheck.reportTarget', { name: target.name })}{' '}
            <ExternalLink href={target.url}>{target.url}</ExternalLink>
          </li>
        ))}
      </ul>
    </>
  );
}
