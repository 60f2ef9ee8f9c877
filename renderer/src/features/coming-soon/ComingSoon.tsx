import { useTranslation } from 'react-i18next';
import { SectionHeading } from '../../components/SectionHeading';
import type { UpcomingSectionId } from '../../app/sections';

/** An honest placeholder: what the section will do, and nothing pretending to work. */
export function ComingSoon({ section }: { section: UpcomingSectionId }) {
  const { t } = useTranslation();
  return (
    <>
      <SectionHeading title={t(`nav.${section}`)} />
      <p className="badge">{t('coming.badge')}</p>
      <p>{t('coming.intro')}</p>
      <p className="coming-description">{t(`coming.${section}`)}</p>
    </>
  );
}
