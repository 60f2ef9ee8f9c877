import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupPreview } from '../../../../preload/contract/channels';
import { BACKUP_LIMIT_BYTES } from '../../../../preload/contract/backup-limits';
import type { ApiError } from '../../../../preload/contract/result';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FilePicker } from '../../components/FilePicker';
import { FormProblem } from '../../components/FormProblem';
import { useFormatters } from '../../components/use-formatters';
import { plannerApi } from '../../state/api';
import { showRestoredDocument } from '../../state/hydrate';
import { clearAreDraft } from '../../state/are-draft-store';
import { RestoreComparison } from './RestoreComparison';

type Step =
  | { kind: 'idle' }
  | { kind: 'refused'; error: ApiError }
  | { kind: 'too-large'; size: number }
  | { kind: 'review'; text: string; preview: BackupPreview }
  | { kind: 'restored'; safetyCopy: string };

const megabytes = (bytes: number) => Math.ceil(bytes / (1024 * 1024));

/**
 * Restore in two steps: main reads and checks the whole file and says what it holds (nothing
 * changes), then, only if the user confirms, main keeps a safety copy and swaps everything.
 */
export function RestoreCard() {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);

  const inspect = async (file: File | undefined) => {
    if (!file) return setStep({ kind: 'idle' });
    // Checked before reading, so a huge file is never loaded into memory.
    if (file.size > BACKUP_LIMIT_BYTES) return setStep({ kind: 'too-large', size: file.size });
    setBusy(true);
    try {
      const text = await file.text();
      const preview = await plannerApi().inspectBackup(text);
      setStep(
        preview.ok
          ? { kind: 'review', text, preview: preview.value }
          : { kind: 'refused', error: preview.error },
      );
    } catch (error) {
      // The file could not be read (moved, no permission): nothing was sent, nothing changed.
      setStep({ kind: 'refused', error: { code: 'backup-not-json', message: String(error) } });
    } finally {
      setBusy(false);
    }
  };

  const restore = async (text: string) => {
    setBusy(true);
    const outcome = await plannerApi().restoreBackup(text);
    setBusy(false);
    if (!outcome.ok) return setStep({ kind: 'refused', error: outcome.error });
    showRestoredDocument(outcome.value.document);
    // The estimator's figures were typed for the planner just replaced.
    clearAreDraft();
    setStep({ kind: 'restored', safetyCopy: outcome.value.safetyCopy });
  };

  return (
    <section className="card" aria-labelledby="restore-title">
      <h2 id="restore-title">{t('exportScreen.restore.title')}</h2>
      <p>{t('exportScreen.restore.intro')}</p>
      <FilePicker
        label={t('exportScreen.restore.choose')}
        noFile={t('exportScreen.restore.noFile')}
        accept=".json,application/json"
        onFile={(file) => void inspect(file)}
      />
      {step.kind === 'too-large' ? (
        <FormProblem
          message={t('exportScreen.restore.tooLarge', {
            size: megabytes(step.size),
            limit: megabytes(BACKUP_LIMIT_BYTES),
          })}
        />
      ) : null}
      {step.kind === 'refused' ? <ErrorMessage error={step.error} /> : null}
      {step.kind === 'review' ? (
        <>
          <p>
            {t('exportScreen.restore.made', {
              date: dateTime(step.preview.exportedAt),
              version: step.preview.appVersion,
            })}
          </p>
          {step.preview.migratedFrom !== null ? (
            <p>{t('exportScreen.restore.migrated', { version: step.preview.migratedFrom })}</p>
          ) : null}
          <RestoreComparison preview={step.preview} />
          <div className="button-row">
            <button
              type="button"
              className="button danger"
              disabled={busy}
              onClick={() => void restore(step.text)}
            >
              {t('exportScreen.restore.confirm')}
            </button>
            <button type="button" className="button secondary" onClick={() => setStep({ kind: 'idle' })}>
              {t('exportScreen.restore.cancel')}
            </button>
          </div>
        </>
      ) : null}
      {step.kind === 'restored' ? (
        <p className="notice notice-success" role="status">
          {t('exportScreen.restore.done', { path: step.safetyCopy })}
        </p>
      ) : null}
    </section>
  );
}
