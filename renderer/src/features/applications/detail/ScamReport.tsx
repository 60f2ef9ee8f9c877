import { useTranslation } from 'react-i18next';
import { reportTargetsFor } from '../../../domain/gig/scam-check';
import { useProfileStore } from '../../../state/profile-store';

/**
 * Where to report, for the user's country. Written out rather than linked: these services'
 * addresses are not on main's allow-list of links the app opens (main/external-links.ts).
 */
export function ScamReport() {
  const { t } = useTranslation();
  const country = useProfileStore((state) => state.profile?.country ?? 'US');
  return (
    <>
      <h3>{t('gig.scamCheck.report')}</h3>
      {/* Long addresses wrap inside the narrow column rather than run out of the card. */}
      <ul style={{ overflowWrap: 'anywhere' }}>
        {reportTargetsFor(country).map((target) => (
          <li key={target.url}>{t('gig.scamCheck.reportTarget', { name: target.name, url: target.url })}</li>
        ))}
      </ul>
    </>
  );
}
