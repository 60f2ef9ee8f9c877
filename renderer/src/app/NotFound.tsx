import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { SectionHeading } from '../components/SectionHeading';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <SectionHeading title={t('notFound.title')} />
      <Link href="/">{t('notFound.back')}</Link>
    </>
  );
}
