import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../preload/contract/result';

/**
 * Shown only if the app cannot open: main could not hand over any document (`data`), or part
 * of the app's code did not load (`code`: a broken install; the data is untouched). The
 * first-frame chunk draws the same `code` message when React itself is what is missing.
 */
export function LoadFailure({ error, cause }: { error: ApiError; cause: 'data' | 'code' }) {
  const { t } = useTranslation();
  return (
    <main className="load-failure">
      <h1>{t('app.name')}</h1>
      {cause === 'data' ? (
        <p role="alert">{t('app.loadFailed', { detail: error.message })}</p>
      ) : (
        <>
          <p role="alert">{t('app.startFailed')}</p>
          <p className="muted-text">{`${t('app.startFailedDetail')} ${error.message}`}</p>
        </>
      )}
    </main>
  );
}
