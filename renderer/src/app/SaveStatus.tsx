import { useTranslation } from 'react-i18next';
import { useStorageStore } from '../state/storage-store';
import { useFormatters } from '../components/use-formatters';

/** A quiet live region: screen readers hear "Saved" without the focus moving. */
export function SaveStatus() {
  const { t } = useTranslation();
  const status = useStorageStore((state) => state.status);
  const { time } = useFormatters();
  let text: string = t('save.saved');
  if (status?.state === 'pending') text = t('save.pending');
  if (status?.state === 'failed') text = t('save.failed');
  if (status?.state === 'saved') text = t('save.savedAt', { time: time(status.savedAt) });
  return (
    <p className={`save-status save-${status?.state ?? 'idle'}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
