import { useTranslation } from 'react-i18next';
import type { PayoutRefusal } from '../../domain/gig/payout-import';

/** Why a payout file cannot be read or mapped, in words, with what to do about it. */
export function RefusalMessage({ refusal }: { refusal: PayoutRefusal }) {
  const { t } = useTranslation();
  const text = (() => {
    switch (refusal.code) {
      case 'too-large':
        return t('gig.import.refusals.too-large', { limit: refusal.limitBytes / (1024 * 1024) });
      case 'too-many-rows':
        return t('gig.import.refusals.too-many-rows', { limit: refusal.limit });
      case 'unmapped':
        return t('gig.import.refusals.unmapped', {
          fields: refusal.fields.map((field) => t(`gig.import.fields.${field}`)).join(', '),
        });
      default:
        return t(`gig.import.refusals.${refusal.code}`);
    }
  })();
  return (
    <p className="field-error" role="alert">
      {text}
    </p>
  );
}
