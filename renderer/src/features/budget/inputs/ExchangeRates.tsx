import { useTranslation } from 'react-i18next';
import { BUDGET_LIMITS } from '../../../../../preload/contract/budget-section';
import { CURRENCY_CODES } from '../../../../../preload/contract/document-enums';
import { formatRate, type ExchangeRate } from '../../../domain/budget/exchange-rates';
import { updateBudget } from '../../../state/budget-store';
import { useBudgetContext } from '../../../views/use-budget-context';
import { ListEditor } from './ListEditor';

type Rate = ExchangeRate & { id: string };

/**
 * The rates the user enters for pay in another currency, each dated. The stored entries have
 * no id, so the editor numbers them by position (kept in step: add, edit and remove go through
 * the same list).
 */
export function ExchangeRates() {
  const { t } = useTranslation();
  const { section, currency: home, formatters, typedDay } = useBudgetContext();
  const foreign = CURRENCY_CODES.filter((code) => code !== home);
  const items: Rate[] = section.exchangeRates.map((rate, i) => ({ ...rate, id: `rate-${i}` }));
  const describe = (rate: Rate) => {
    const values = {
      currency: rate.currency,
      rate: formatRate(rate.homePerUnitMicros, formatters.numberLocale),
      home,
      date: formatters.day(rate.asOf),
      note: rate.note,
    };
    return rate.note ? t('budget.rates.rowNote', values) : t('budget.rates.row', values);
  };
  return (
    <ListEditor<Rate>
      title={t('budget.rates.title')}
      intro={t('budget.rates.hint', { home })}
      addLabel={t('budget.rates.add')}
      empty={t('budget.rates.empty')}
      items={items}
      max={BUDGET_LIMITS.exchangeRates}
      specs={[
        {
          key: 'currency',
          label: t('budget.rates.currency'),
          kind: 'select',
          options: foreign.map((code) => ({ value: code, label: code })),
        },
        {
          key: 'rate',
          label: t('budget.rates.rate', { home }),
          kind: 'rate',
          hint: t('budget.rates.rateHint', { example: formatRate(920400, formatters.numberLocale) }),
        },
        { key: 'asOf', label: t('budget.rates.asOf'), kind: 'day' },
        { key: 'note', label: t('budget.rates.note'), kind: 'text', optional: true },
      ]}
      blank={{ currency: foreign[0] ?? 'USD', rate: '', asOf: '', note: '' }}
      nameOf={(rate) => `${rate.currency} ${formatters.day(rate.asOf)}`}
      describe={describe}
      toTyped={(rate) => ({
        currency: rate.currency,
        rate: formatRate(rate.homePerUnitMicros, formatters.numberLocale),
        asOf: typedDay(rate.asOf),
        note: rate.note,
      })}
      idText={(v) => String(v.currency)}
      idFallback="rate"
      fromRead={(v, id) => ({
        id,
        currency: v.currency as Rate['currency'],
        homePerUnitMicros: Number(v.rate),
        asOf: String(v.asOf),
        note: String(v.note),
      })}
      update={(change) =>
        updateBudget((s) => {
          const current: Rate[] = s.exchangeRates.map((rate, i) => ({ ...rate, id: `rate-${i}` }));
          return { ...s, exchangeRates: change(current).map(({ id: _id, ...rate }) => rate) };
        })
      }
    />
  );
}
