import { useTranslation } from 'react-i18next';
import { dismissRecovery, useStorageStore } from '../state/storage-store';
import { useFormatters } from './use-formatters';
import { ErrorMessage } from './ErrorMessage';

/** What happened to the user's data file, in plain words, and where the untouched copy is. */
export function StorageNotices() {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  const recovery = useStorageStore((state) => state.recovery);
  const writeProblem = useStorageStore((state) => state.writeProblem);
  const refusal = useStorageStore((state) => state.lastRefusal);
  return (
    <>
      {recovery ? (
        <section className="notice notice-warning" role="alert" aria-labelledby="recovery-title">
          <h2 id="recovery-title">{t('storage.recoveryTitle')}</h2>
          <p>{t(`storage.reason.${recovery.reason}`)}</p>
          <p>
            {recovery.restoredBackup
              ? t(recovery.reason === 'journal-damaged' ? 'storage.keptUntil' : 'storage.restored', {
                  date: dateTime(recovery.restoredBackup.savedAt),
                })
              : t('storage.noBackup')}
          </p>
          {recovery.quarantinedCopy ? (
            <p>
              {t('storage.quarantined')} <code className="path">{recovery.quarantinedCopy}</code>
            </p>
          ) : recovery.reason !== 'missing' ? (
            <p>{t('storage.notQuarantined')}</p>
          ) : null}
          <button type="button" className="button secondary" onClick={dismissRecovery}>
            {t('storage.dismiss')}
          </button>
        </section>
      ) : null}
      {writeProblem ? (
        <section className="notice notice-error" role="alert" aria-labelledby="write-problem-title">
          <h2 id="write-problem-title">{t('storage.writeProblemTitle')}</h2>
          <p>{t('storage.writeProblem', { detail: writeProblem.message })}</p>
        </section>
      ) : null}
      {refusal && refusal.code !== 'storage-write-failed' ? <ErrorMessage error={refusal} /> : null}
    </>
  );
}
