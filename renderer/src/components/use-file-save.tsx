/**
 * Saving a file through main (the native save dialog in the app, the data folder in the
 * preview), and telling the user where it went, that they closed the dialog, or what failed.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedFile } from '../../../preload/contract/channels';
import type { ApiError, Result } from '../../../preload/contract/result';
import { ErrorMessage } from './ErrorMessage';

export type SaveOutcome =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; path: string }
  | { state: 'cancelled' }
  | { state: 'failed'; error: ApiError };

export function useFileSave() {
  const [outcome, setOutcome] = useState<SaveOutcome>({ state: 'idle' });
  const save = async (work: () => Promise<Result<SavedFile>>) => {
    setOutcome({ state: 'saving' });
    const result = await work();
    if (!result.ok) return setOutcome({ state: 'failed', error: result.error });
    setOutcome(
      result.value.path === null ? { state: 'cancelled' } : { state: 'saved', path: result.value.path },
    );
  };
  return { outcome, save, busy: outcome.state === 'saving' };
}

export function SaveOutcomeMessage({ outcome }: { outcome: SaveOutcome }) {
  const { t } = useTranslation();
  if (outcome.state === 'failed') return <ErrorMessage error={outcome.error} />;
  const text =
    outcome.state === 'saving'
      ? t('exportScreen.outcome.saving')
      : outcome.state === 'saved'
        ? t('exportScreen.outcome.saved', { path: outcome.path })
        : outcome.state === 'cancelled'
          ? t('exportScreen.outcome.cancelled')
          : '';
  return (
    <p className="save-outcome" role="status">
      {text}
    </p>
  );
}
