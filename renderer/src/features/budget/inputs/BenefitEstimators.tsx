import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUDGET_LIMITS, type Benefits } from '../../../../../preload/contract/budget-section';
import { Disclosure } from '../../../components/Disclosure';
import { ExternalLink } from '../../../components/ExternalLink';
import {
  ARE_PARAMETERS,
  DEFAULT_ARE,
  estimateAre,
  usBenefits,
  type AreEstimate,
  type AreParameters,
} from '../../../domain/budget/are-estimator';
import { useBudgetContext } from '../../../views/use-budget-context';
import type { FieldSpec, ReadValues } from './budget-form-model';
import { useBudgetForm } from './use-budget-form';

const SIMULATORS = {
  fr: 'https://www.francetravail.fr/candidat/mes-droits-aux-aides-et-allocati/a-chaque-situation-son-allocatio/quelle-allocation-pouvez-vous-pre/simulateur-dallocation.html',
  us: 'https://www.careeronestop.org/LocalHelp/UnemploymentBenefits/find-unemployment-benefits.aspx',
};

/** Two helpers that fill the benefits form: France's ARE estimate, and a US state's letter. */
export function BenefitEstimators({ onUse }: { onUse: (benefits: Benefits) => void }) {
  const { t } = useTranslation();
  return (
    <div className="estimators">
      <Disclosure summary={t('budget.are.title')}>{() => <AreEstimator onUse={onUse} />}</Disclosure>
      <Disclosure summary={t('budget.us.title')}>{() => <UsHelper onUse={onUse} />}</Disclosure>
    </div>
  );
}

function AreEstimator({ onUse }: { onUse: (benefits: Benefits) => void }) {
  const { t } = useTranslation();
  const { currency, money, formatters } = useBudgetContext();
  const [parameters, setParameters] = useState<AreParameters>(DEFAULT_ARE);
  const [estimate, setEstimate] = useState<AreEstimate | null>(null);
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
  const form = useBudgetForm(
    {
      gross: '',
      referenceDays: '730',
      daysWorked: '',
      age: '',
      contractEnd: '',
      severance: '0',
      leave: '0',
      economic: false,
    },
    specs,
  );
  const run = (values: ReadValues) =>
    setEstimate(
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
        {() => (
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
                        if (Number.isInteger(n) && n >= 0) setParameters({ ...parameters, [key]: n });
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
        )}
      </Disclosure>
      <button
        type="button"
        className="button secondary"
        onClick={() => form.submit(run, () => setEstimate(null))}
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
            <ExternalLink href={SIMULATORS.fr}>{t('budget.are.simulator')}</ExternalLink>
          </p>
          <button type="button" className="button secondary" onClick={() => onUse(estimate.benefits)}>
            {t('budget.useEstimate')}
          </button>
        </div>
      ) : null}
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
        <ExternalLink href={SIMULATORS.us}>{t('budget.us.simulator')}</ExternalLink>
      </p>
      <button type="button" className="button secondary" onClick={() => form.submit(use)}>
        {t('budget.useEstimate')}
      </button>
    </div>
  );
}
