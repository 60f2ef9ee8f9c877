import { useTranslation } from 'react-i18next';

/** Shown until every store is filled from main; never an empty version of the real screens. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="boot-message" role="status">
      {t('app.loading')}
    </p>
  );
}
