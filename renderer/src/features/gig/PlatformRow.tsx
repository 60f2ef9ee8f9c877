import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GigPlatform } from '../../../../preload/contract/gig-section';
import type { ApiError } from '../../../../preload/contract/result';
import { ErrorMessage } from '../../components/ErrorMessage';
import { platformUsage, removePlatform, updatePlatform } from '../../domain/gig/gig-log';
import { updateGig, useGigStore } from '../../state/gig-store';
import { PlatformForm } from './PlatformForm';

/**
 * One platform: its name and currency, edited in place, or removed after a question that says
 * how many entries and screenings go with it (gig-log.ts explains why they cannot stay).
 */
export function PlatformRow({ platform }: { platform: GigPlatform }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'view' | 'edit' | 'ask'>('view');
  const [error, setError] = useState<ApiError | null>(null);
  const section = useGigStore((state) => state.section);
  const usage = platformUsage(section, platform.id);
  const remove = async () => {
    const failure = await updateGig((section) => removePlatform(section, platform.id));
    setError(failure);
  };
  if (mode === 'edit')
    return (
      <li>
        <PlatformForm
          initial={{ name: platform.name, currency: platform.currency }}
          editingId={platform.id}
          submitLabel={t('gig.platforms.save')}
          onCancel={() => setMode('view')}
          onSave={async (values) => {
            const failure = await updateGig((section) => updatePlatform(section, platform.id, values));
            if (!failure) setMode('view');
            return failure;
          }}
        />
      </li>
    );
  const empty = usage.entries === 0 && usage.screenings === 0;
  return (
    <li>
      {mode === 'ask' ? (
        <div role="alertdialog" aria-labelledby={`remove-${platform.id}`}>
          <p id={`remove-${platform.id}`}>
            {empty
              ? t('gig.platforms.confirmRemoveEmpty', { name: platform.name })
              : t('gig.platforms.confirmRemove', {
                  name: platform.name,
                  entries: t('gig.platforms.entries', { count: usage.entries }),
                  screenings: t('gig.platforms.screenings', { count: usage.screenings }),
                })}
          </p>
          <div className="form-actions">
            <button type="button" className="button danger" onClick={() => void remove()}>
              {t('gig.platforms.confirm')}
            </button>
            {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the question needs the focus */}
            <button type="button" className="button secondary" autoFocus onClick={() => setMode('view')}>
              {t('gig.platforms.keep')}
            </button>
          </div>
        </div>
      ) : (
        <>
          <span>{t('gig.platforms.row', { name: platform.name, currency: platform.currency })}</span>
          <button type="button" className="button secondary small" onClick={() => setMode('edit')}>
            {t('gig.platforms.edit', { name: platform.name })}
          </button>
          <button type="button" className="button secondary small" onClick={() => setMode('ask')}>
            {t('gig.platforms.remove', { name: platform.name })}
          </button>
        </>
      )}
      {error ? <ErrorMessage error={error} /> : null}
    </li>
  );
}
