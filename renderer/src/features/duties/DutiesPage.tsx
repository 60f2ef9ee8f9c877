/** Claimant duties: France's monthly actualisation and weekly activity, a US state's weekly work search (issue 14). */
import { useTranslation } from 'react-i18next';
import { SectionHeading } from '../../components/SectionHeading';

export function DutiesPage() {
  const { t } = useTranslation();
  return (
    <>
      <SectionHeading title={t('duties.title')} intro={t('duties.intro')} />
    </>
  );
}
