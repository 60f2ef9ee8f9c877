import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BENEFIT_PERIODS,
  BUDGET_LIMITS as B,
  type Benefits,
} from '../../../../../preload/contract/budget-section';
import type { ApiError } from '../../../../../preload/contract/result';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { updateBudget } from '../../../state/budget-store';
import { useBudgetContext } from '../../../views/use-budget-context';
import type { FieldSpec, ReadValues, TypedValues } from './budget-form-model';
import { useBudgetForm } from './use-budget-form';
import { BenefitEstimators } from './BenefitEstimators';
import { AreRuleSummary } from './AreRuleSummary';

/** Unemployment benefits as the letter gives them, typed in or filled by an estimator. */
export function BenefitsEditor() {
  const { t } = useTranslation();
  const { section, currency, typedMoney, typedDay } = useBudgetContext();
  const toTyped = (b: Benefits | null): TypedValues => ({
    amount: b ? typedMoney(b.amountMinor) : '',
    period: b?.period ?? 'month',
    startsOn: b ? typedDay(b.startsOn) : '',
    payments: String(b?.payments ?? 12),
    reducedAmount: b?.reducedAmountMinor != null ? typedMoney(b.reducedAmountMinor) : '',
    reducedFrom: String(b?.reducedFromPayment ?? 7),
    finalPayment: b?.finalPaymentMinor != null ? typedMoney(b.finalPaymentMinor) : '',
    partialPercent: String(b?.partialPercent ?? 0),
    disregard: b ? typedMoney(b.partialDisregardMinor) : '0',
    net: String(b?.netPercent ?? 100),
    endsWithNewJob: b?.endsWithNewJob ?? true,
  });
  // France's ARE rule, kept from the estimate: the projection follows it, not the fixed fields.
  const [areBenefits, setAreBenefits] = useState<Benefits | null>(
    section.benefits?.are ? section.benefits : null,
  );
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const allSpecs: FieldSpec[] = [
    { key: 'amount', label: t('budget.benefits.amount', { currency }), kind: 'money' },
    {
      key: 'period',
      label: t('budget.benefits.period'),
      kind: 'select',
      options: BENEFIT_PERIODS.map((p) => ({ value: p, label: t(`budget.benefits.periods.${p}`) })),
    },
    { key: 'startsOn', label: t('budget.benefits.startsOn'), kind: 'day' },
    { key: 'payments', label: t('budget.benefits.payments'), kind: 'int', ...B.payments },
    {
      key: 'finalPayment',
      label: t('budget.benefits.finalPayment'),
      kind: 'optional-money',
      hint: t('budget.benefits.finalHint'),
    },
    { key: 'reducedAmount', label: t('budget.benefits.reducedAmount'), kind: 'optional-money' },
    { key: 'reducedFrom', label: t('budget.benefits.reducedFrom'), kind: 'int', ...B.reducedFromPayment },
    {
      key: 'partialPercent',
      label: t('budget.benefits.partialPercent'),
      kind: 'int',
      ...B.percent,
      hint: t('budget.benefits.partialHint'),
    },
    { key: 'disregard', label: t('budget.benefits.disregard', { currency }), kind: 'money' },
    { key: 'net', label: t('budget.netPercent'), kind: 'int', ...B.netPercent, hint: t('budget.netHint') },
    { key: 'endsWithNewJob', label: t('budget.benefits.endsWithNewJob'), kind: 'checkbox' },
  ];
  // Under the ARE rule only the first day and the new-job switch are the user's to type.
  const specs = areBenefits
    ? allSpecs.filter((spec) => spec.key === 'startsOn' || spec.key === 'endsWithNewJob')
    : allSpecs;
  const form = useBudgetForm(() => toTyped(section.benefits), specs);
  const save = async (benefits: Benefits | null) => {
    const failure = await updateBudget((s) => ({ ...s, benefits }));
    setError(failure);
    setSaved(failure === null);
    if (!failure) {
      form.reset(toTyped(benefits));
      setAreBenefits(benefits?.are ? benefits : null);
    }
  };
  const submit = (v: ReadValues) => {
    if (areBenefits) {
      void save({
        ...areBenefits,
        startsOn: String(v.startsOn),
        endsWithNewJob: v.endsWithNewJob === true,
      });
      return;
    }
    void save({
      amountMinor: Number(v.amount),
      period: v.period as Benefits['period'],
      startsOn: String(v.startsOn),
      payments: Number(v.payments),
      reducedAmountMinor: v.reducedAmount === null ? null : Number(v.reducedAmount),
      reducedFromPayment: v.reducedAmount === null ? null : Number(v.reducedFrom),
      finalPaymentMinor: v.finalPayment === null ? null : Number(v.finalPayment),
      partialPercent: Number(v.partialPercent),
      partialDisregardMinor: Number(v.disregard),
      netPercent: Number(v.net),
      endsWithNewJob: v.endsWithNewJob === true,
      are: null,
    });
  };
  return (
    <section className="card" aria-labelledby="benefits-title">
      <h2 id="benefits-title">{t('budget.benefits.title')}</h2>
      <p className="muted-text">{t('budget.benefits.hint')}</p>
      <BenefitEstimators
        onUse={(benefits) => {
          form.reset(toTyped(benefits));
          setAreBenefits(benefits.are ? benefits : null);
        }}
      />
      {areBenefits?.are ? (
        <AreRuleSummary claim={areBenefits.are} onUseFixed={() => setAreBenefits(null)} />
      ) : null}
      {form.fields()}
      <div className="form-actions">
        <button
          type="button"
          className="button primary"
          onClick={() => {
            setSaved(false);
            form.submit(submit);
          }}
        >
          {t('budget.benefits.save')}
        </button>
        {section.benefits ? (
          <button type="button" className="button secondary" onClick={() => void save(null)}>
            {t('budget.benefits.clear')}
          </button>
        ) : null}
        {saved ? <p role="status">{t('budget.saved')}</p> : null}
      </div>
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}
