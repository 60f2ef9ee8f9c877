import { useTranslation } from 'react-i18next';
import { BUDGET_LIMITS, type Benefits } from '../../../../../preload/contract/budget-section';
import { Disclosure } from '../../../components/Disclosure';
import { ExternalLink } from '../../../components/ExternalLink';
import { usBenefits } from '../../../domain/budget/are-estimator';
import { useAreDraftStore } from '../../../state/are-draft-store';
import { useBudgetContext } from '../../../views/use-budget-context';
import { AreEstimator } from './AreEstimator';
import type { FieldSpec, ReadValues } from './budget-form-model';
import { useBudgetForm } from './use-budget-form';

const SIMULATOR_US =
  'https://www.careeronestop.org/LocalHelp/UnemploymentBenefits/find-unemployment-benefits.aspx';

/** Two helpers that fill the benefits form: France's ARE estimate, and a US state's letter. */
export function BenefitEstimators({ onUse }: { onUse: (benefits: Benefits) => void }) {
  const { t } = useTranslation();
  // Something typed in the ARE estimator before leaving: it opens again as it was left.
  const areStarted = useAreDraftStore((draft) => draft.typed !== null);
  return (
    <div className="estimators">
      <Disclosure summary={t('budget.are.title')} initiallyOpen={areStarted}>
        {() => <AreEstimator onUse={onUse} />}
      </Disclosure>
      <Disclosure summary={t('budget.us.title')}>{() => <UsHelper onUse={onUse} />}</Disclosure>
    </div>
  );
}

function UsHelper({ onUse }: { onUse: (benefits: Benefits) => void }) {
  const { t } = useTranslation();
  const { currency } = useBudgetContext();
  const specs: FieldSpec[] = [
    { key: 'weekly', label: t('budget.us.weekly', { currency }), kind: 'money' },
    { key: 'weeks', label: t('budget.us.weeks'), kind: 'int', ...BUDGET_LIMITS.payments },
    { key: 'startsOn', label: t('budget.us.startsOn'), kind: 'day' },
    {
      key: 'partial',
      label: t('budget.us.partial'),
      kind: 'int',
      ...BUDGET_LIMITS.percent,
      hint: t('budget.us.partialHint'),
    },
    { key: 'disregard', label: t('budget.us.disregard', { currency }), kind: 'money' },
  ];
  const form = useBudgetForm(
    {
      weekly: '',
      weeks: '26',
      startsOn: '',
      partial: '0',
      disregard: '0',
    },
    specs,
  );
  const use = (values: ReadValues) =>
    onUse(
      usBenefits({
        weeklyMinor: Number(values.weekly),
        weeks: Number(values.weeks),
        startsOn: String(values.startsOn),
        partialPercent: Number(values.partial),
        disregardMinor: Number(values.disregard),
      }),
    );
  return (
    <div className="estimator">
      {form.fields()}
      <p>
        <ExternalLink href={SIMULATOR_US}>{t('budget.us.simulator')}</ExternalLink>
      </p>
      <button type="button" className="button secondary" onClick={() => form.submit(use)}>
        {t('budget.useEstimate')}
      </button>
    </div>
  );
}
