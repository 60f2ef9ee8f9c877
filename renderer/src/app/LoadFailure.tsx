import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../preload/contract/result';

/** Shown only if main could not hand over any document at all. */
export function LoadFailure({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  return (
    <main className="load-failure">
      <h1>{t('app.name')}</h1>
      <p role="alert">{t('app.loadFailed', { detail: error.message })}</p>
    </main>
  );
}
