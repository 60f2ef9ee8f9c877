import type { TFunction } from 'i18next';
import type { FileRefusal } from '../../../domain/applications/read-applications-file';

/** Why a whole file was refused, in the user's language. */
export function refusalMessage(t: TFunction, refusal: FileRefusal): string {
  switch (refusal.code) {
    case 'too-large':
      return t('applications.files.tooLarge', { limit: refusal.limitMb });
    case 'encoding':
      return t(`applications.files.encoding.${refusal.problem}`);
    case 'too-many-rows':
      return t('applications.files.tooManyRows', { limit: refusal.limit });
    case 'over-capacity':
      return t('applications.files.overCapacity', { total: refusal.total, limit: refusal.limit });
    case 'header-broken':
      return t('applications.files.headerBroken');
    case 'no-rows':
      return t('applications.files.noRows');
    case 'no-organisation':
      return t('applications.files.noOrganisation');
  }
}
