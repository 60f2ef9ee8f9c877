import { useTranslation } from 'react-i18next';
import { CURRENCY_CODES, type CurrencyCode } from '../../../../preload/contract/document-enums';
import { SelectField } from '../../components/forms/SelectField';
import { PAYOUT_FIELDS, type ColumnMapping, type DateOrder } from '../../domain/gig/payout-columns';
import type { PayoutFile } from '../../domain/gig/payout-import';

/** The mapping step: for each of our fields, which column of the file holds it (or none). */
export function PayoutMapping(props: {
  file: PayoutFile;
  mapping: ColumnMapping;
  dateOrder: DateOrder | null;
  /** The file's days read differently in the two orders: the user must say which. */
  needsOrder: boolean;
  currency: CurrencyCode;
  onChange: (change: {
    mapping?: ColumnMapping;
    dateOrder?: DateOrder | null;
    currency?: CurrencyCode;
  }) => void;
}) {
  const { t } = useTranslation();
  const columns = [
    { value: '', label: t('gig.import.notInFile') },
    ...props.file.header.map((name, index) => ({ value: String(index), label: name || `#${index + 1}` })),
  ];
  return (
    <fieldset>
      <legend>{t('gig.import.mappingTitle')}</legend>
      <p className="muted-text">{t('gig.import.mappingIntro')}</p>
      <div className="inline-fields">
        {PAYOUT_FIELDS.map((field) => (
          <SelectField
            key={field}
            compact
            label={t(`gig.import.fields.${field}`)}
            options={columns}
            value={props.mapping[field] === null ? '' : String(props.mapping[field])}
            onChange={(value) =>
              props.onChange({ mapping: { ...props.mapping, [field]: value === '' ? null : Number(value) } })
            }
          />
        ))}
      </div>
      <div className="inline-fields">
        {props.dateOrder !== null || props.needsOrder ? (
          <SelectField
            compact
            label={t('gig.import.dateOrder')}
            error={props.needsOrder ? t('gig.import.dateOrderNeeded') : undefined}
            options={[
              ...(props.dateOrder === null ? [{ value: '', label: t('gig.import.dateOrders.choose') }] : []),
              { value: 'dmy', label: t('gig.import.dateOrders.dmy') },
              { value: 'mdy', label: t('gig.import.dateOrders.mdy') },
            ]}
            value={props.dateOrder ?? ''}
            onChange={(value) => props.onChange({ dateOrder: value === '' ? null : (value as DateOrder) })}
          />
        ) : null}
        <SelectField
          compact
          label={t('gig.import.defaultCurrency')}
          options={CURRENCY_CODES.map((code) => ({ value: code, label: code }))}
          value={props.currency}
          onChange={(value) => props.onChange({ currency: value as CurrencyCode })}
        />
      </div>
    </fieldset>
  );
}
