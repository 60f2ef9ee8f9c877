import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Application } from '../../../../../preload/contract/applications-section';
import type { ApiError } from '../../../../../preload/contract/result';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { deleteApplication } from '../../../state/applications-store';

/** Deleting asks once, in words that say what goes with it. */
export function DeleteApplication({ application }: { application: Application }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const remove = async () => {
    const failure = await deleteApplication(application.id);
    setError(failure);
    if (!failure) navigate('/applications');
  };
  return (
    <section className="card">
      {asking ? (
        <div role="alertdialog" aria-labelledby="delete-question">
          <p id="delete-question">
            {t('applications.detail.confirmDelete', { organisation: application.organisation })}
          </p>
          <div className="form-actions">
            <button type="button" className="button danger" onClick={() => void remove()}>
              {t('applications.detail.confirm')}
            </button>
            {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the question needs the focus */}
            <button type="button" className="button secondary" autoFocus onClick={() => setAsking(false)}>
              {t('applications.detail.keep')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button secondary" onClick={() => setAsking(true)}>
          {t('applications.detail.delete')}
        </button>
      )}
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}
