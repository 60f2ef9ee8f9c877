import { useMemo } from 'react';
import type { CurrencyCode } from '../../../../preload/contract/document-enums';
import type { ColumnMapping, DateOrder } from '../../domain/gig/payout-columns';
import { applyMapping, type PayoutFile } from '../../domain/gig/payout-import';

export interface PayoutChoice {
  file: PayoutFile;
  mapping: ColumnMapping;
  dateOrder: DateOrder | null;
  currency: CurrencyCode;
}

/**
 * The file's rows under the user's mapping. When the file's days leave the order open, the
 * user must choose it, unless both orders read every row alike (ISO days, say): then the
 * question would change nothing, and is not asked.
 */
export function usePayoutRows(choice: PayoutChoice | null, locale: string) {
  return useMemo(() => {
    if (choice === null) return { applied: null, needsOrder: false };
    const read = (dateOrder: DateOrder) =>
      applyMapping(choice.file.text, {
        mapping: choice.mapping,
        dateOrder,
        defaultCurrency: choice.currency,
        locale,
      });
    if (choice.dateOrder !== null) return { applied: read(choice.dateOrder), needsOrder: false };
    const dmy = read('dmy');
    const same = JSON.stringify(dmy) === JSON.stringify(read('mdy'));
    return same ? { applied: dmy, needsOrder: false } : { applied: null, needsOrder: true };
  }, [choice, locale]);
}
