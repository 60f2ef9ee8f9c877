import { useTranslation } from 'react-i18next';
import { SaveOutcomeMessage, useFileSave } from '../../components/use-file-save';
import { plannerApi } from '../../state/api';

/** One file with everything, made by main from the saved document. */
export function BackupCard() {
  const { t } = useTranslation();
  const { outcome, save, busy } = useFileSave();
  return (
    <section className="card" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('exportScreen.backup.title')}</h2>
      <p>{t('exportScreen.backup.intro')}</p>
      <button
        type="button"
        className="button primary"
        disabled={busy}
        onClick={() => void save(() => plannerApi().saveBackup())}
      >
        {t('exportScreen.backup.save')}
      </button>
      <SaveOutcomeMessage outcome={outcome} />
    </section>
  );
}
