/**
 * France's ARE estimate from the contract's figures. What was typed, the parameters and the
 * last estimate live in the draft store (state/are-draft-store.ts), not in this component:
 * the Benefits tab unmounts when the user looks elsewhere, and coming back finds them as left.
 */
import { useTranslation } from 'react-i18next';
import type { Benefits } from '../../../../../preload/contract/budget-section';
import { Disclosure } from '../../../components/Disclosure';
import { ExternalLink } from '../../../components/ExternalLink';
import { ARE_PARAMETERS, estimateAre, type AreParameters } from '../../../domain/budget/are-estimator';
import {
  keepAreTyped,
  setAreEstimate,
  setAreParameters,
  useAreDraftStore,
} from '../../../state/are-draft-store';
import { useBudgetContext } from '../../../views/use-budget-context';
import type { FieldSpec, ReadValues, TypedValues } from './budget-form-model';
import { useBudgetForm } from './use-budget-form';

const SIMULATOR =
  'https://www.francetravail.fr/candidat/mes-droits-aux-aides-et-allocati/a-chaque-situation-son-allocatio/quelle-allocation-pouvez-vous-pre/simulateur-dallocation.html';

const BLANK: TypedValues = {
  gross: '',
  referenceDays: '730',
  daysWorked: '',
  age: '',
  contractEnd: '',
  severance: '0',
  leave: '0',
  economic: false,
};

export function AreEstimator({ onUse }: { onUse: (benefits: Benefits) => void }) {
  const { t } = useTranslation();
  const { currency, money, formatters } = useBudgetContext();
  const parameters = useAreDraftStore((draft) => draft.parameters);
  const estimate = useAreDraftStore((draft) => draft.estimate);
  const specs: FieldSpec[] = [
    {
      key: 'gross',
      label: t('budget.are.gross', { currency }),
      kind: 'money',
      hint: t('budget.are.grossHint'),
    },
    { key: 'referenceDays', label: t('budget.are.referenceDays'), kind: 'int', min: 1, max: 1100 },
    { key: 'daysWorked', label: t('budget.are.daysWorked'), kind: 'int', min: 0, max: 1100 },
    { key: 'age', label: t('budget.are.age'), kind: 'int', min: 16, max: 80 },
    { key: 'contractEnd', label: t('budget.are.contractEnd'), kind: 'day' },
    {
      key: 'severance',
      label: t('budget.are.severance', { currency }),
      kind: 'money',
      hint: t('budget.are.severanceHint'),
    },
    { key: 'leave', label: t('budget.are.leave', { currency }), kind: 'money' },
    { key: 'economic', label: t('budget.are.economic'), kind: 'checkbox' },
  ];
  const form = useBudgetForm(() => useAreDraftStore.getState().typed ?? BLANK, specs, keepAreTyped);
  const run = (values: ReadValues) =>
    setAreEstimate(
      estimateAre(
        {
          grossReferenceMinor: Number(values.gross),
          referenceDays: Number(values.referenceDays),
          daysWorked: Number(values.daysWorked),
          age: Number(values.age),
          contractEnd: String(values.contractEnd),
          supraLegalSeveranceMinor: Number(values.severance),
          leavePayoutMinor: Number(values.leave),
          economicDismissal: values.economic === true,
        },
        parameters,
      ),
    );
  return (
    <div className="estimator">
      {form.fields()}
      <Disclosure summary={t('budget.are.parameters')}>
        {() => <ParametersTable parameters={parameters} />}
      </Disclosure>
      <button
        type="button"
        className="button secondary"
        onClick={() => form.submit(run, () => setAreEstimate(null))}
      >
        {t('budget.are.estimate')}
      </button>
      {estimate ? (
        <div className="notice notice-info" role="status">
          <p>
            <strong>{t('budget.estimateLabel')}</strong>{' '}
            {t('budget.are.result', {
              daily: money(estimate.dailyMinor),
              monthly: money(estimate.monthlyMinor),
              reference: money(estimate.dailyReferenceMinor),
              start: formatters.day(estimate.startsOn),
              days: estimate.durationDays,
            })}
          </p>
          <p>{t('budget.are.delays', estimate.delays)}</p>
          <p>
            {t('budget.are.divisor', {
              divisor: formatters.decimal(estimate.divisor.hundredths / 100),
              year: estimate.divisor.year,
              source: estimate.divisor.derived ? t('budget.are.divisorDerived') : estimate.divisor.source,
            })}
          </p>
          <p>
            {t('budget.are.net', {
              net: money(estimate.monthlyNetMinor),
              gross: money(estimate.monthlyMinor),
              threshold: money(parameters.csgThresholdMinorPerDay),
            })}
          </p>
          {estimate.reducedDailyMinor !== null ? (
            <p>
              {t('budget.are.reduced', {
                day: estimate.reducedFromDay,
                daily: money(estimate.reducedDailyMinor),
              })}
            </p>
          ) : null}
          <p>
            <ExternalLink href={SIMULATOR}>{t('budget.are.simulator')}</ExternalLink>
          </p>
          <button type="button" className="button secondary" onClick={() => onUse(estimate.benefits)}>
            {t('budget.useEstimate')}
          </button>
        </div>
      ) : null}
    </div>
  );
}

/** The rule's figures, each with its source and date; a figure changed here holds for the estimate. */
function ParametersTable({ parameters }: { parameters: AreParameters }) {
  const { t } = useTranslation();
  const { formatters } = useBudgetContext();
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t('budget.are.parameter')}</th>
          <th scope="col">{t('budget.are.value')}</th>
          <th scope="col">{t('budget.are.source')}</th>
        </tr>
      </thead>
      <tbody>
        {(Object.keys(ARE_PARAMETERS) as (keyof AreParameters)[]).map((key) => (
          <tr key={key}>
            <th scope="row">{t(`budget.are.params.${key}`)}</th>
            <td>
              <input
                type="text"
                inputMode="numeric"
                className="hours-input"
                aria-label={t(`budget.are.params.${key}`)}
                value={String(parameters[key])}
                onChange={(e) => {
                  const n = Number(e.target.value);
                  if (Number.isInteger(n) && n >= 0) setAreParameters({ ...parameters, [key]: n });
                }}
              />
            </td>
            <td>
              {t(`budget.are.sources.${key}`)} ({formatters.day(ARE_PARAMETERS[key].validFrom)})
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
