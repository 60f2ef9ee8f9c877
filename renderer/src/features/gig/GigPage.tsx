/** Gig work: the platforms, the work logged on them, payouts and screenings (issue 14). */
import { useTranslation } from 'react-i18next';
import { SectionHeading } from '../../components/SectionHeading';

export function GigPage() {
  const { t } = useTranslation();
  return (
    <>
      <SectionHeading title={t('gig.title')} intro={t('gig.intro')} />
    </>
  );
}
