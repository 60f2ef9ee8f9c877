import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../components/use-formatters';
import type { GigParameter } from '../../domain/gig/tax-parameters';

/**
 * An official figure's source (worded in the interface language: duties.sources) and the day
 * it was read, marked "to check" when unconfirmed.
 */
export function SourceLine(props: { source: string; parameter: Pick<GigParameter, 'checkedOn' | 'status'> }) {
  const { t } = useTranslation();
  const { day } = useFormatters();
  const { source } = props;
  const { checkedOn, status } = props.parameter;
  return (
    <p className="field-hint">
      {t('duties.source', { source, date: day(checkedOn) })}
      {status === 'to-check' ? (
        <>
          {' '}
          <span className="badge warning" title={t('duties.toCheckHint')}>
            {t('duties.toCheck')}
          </span>
        </>
      ) : null}
    </p>
  );
}
