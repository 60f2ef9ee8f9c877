/** How the state's log words its header, the kinds and the days, in the interface language. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../components/use-formatters';
import type { LogWording } from '../../domain/gig/claimant-log';

export function useLogWording(): LogWording {
  const { t } = useTranslation();
  const { day } = useFormatters();
  return useMemo(
    () => ({
      field: (field) => t(`duties.us.fields.${field}`),
      kind: (kind) => t(`duties.us.kinds.${kind}`),
      day,
    }),
    [t, day],
  );
}
