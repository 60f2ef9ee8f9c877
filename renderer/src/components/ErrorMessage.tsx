import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../preload/contract/result';

/** A bridge error in the user's language, with the technical detail kept for support. */
export function ErrorMessage({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  const detail = error.issues?.map((issue) => `${issue.path}: ${issue.message}`).join('; ') ?? error.message;
  return (
    <p className="notice notice-error" role="alert">
      {t(`errors.${error.code}`, { detail })}
    </p>
  );
}
