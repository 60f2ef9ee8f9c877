import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetSection } from '../../../../../preload/contract/budget-section';
import type { ApiError } from '../../../../../preload/contract/result';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { VolatilityButtons } from '../../../components/gig/VolatilityButtons';
import { updateBudget } from '../../../state/budget-store';
import { useBudgetContext } from '../../../views/use-budget-context';
import { BUDGET_LIMITS as B } from '../../../../../preload/contract/budget-section';
import type { FieldSpec, ReadValues } from './budget-form-model';
import { useBudgetForm } from './use-budget-form';
import { ListEditor } from './ListEditor';

const BUILT_IN_SCENARIOS = ['baseline', 'lean', 'pessimistic'];

type Custom = BudgetSection['scenarios']['custom'][number];

/** The safety floor and what Lean, Pessimistic and the user's own scenarios change. */
export function ScenarioSettings() {
  const { t } = useTranslation();
  const { section, currency, typedMoney } = useBudgetContext();
  const { scenarios } = section;
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const specs: FieldSpec[] = [
    {
      key: 'floor',
      label: t('budget.settings.floor', { currency }),
      kind: 'money',
      hint: t('budget.settings.floorHint'),
    },
    { key: 'lean', label: t('budget.settings.lean'), kind: 'int', ...B.percent },
    { key: 'delay', label: t('budget.settings.delay'), kind: 'int', ...B.offerDelayMonths },
    { key: 'benefitCut', label: t('budget.settings.benefitCut'), kind: 'int', ...B.percent },
    { key: 'sideCut', label: t('budget.settings.sideCut'), kind: 'int', ...B.percent },
    { key: 'threshold', label: t('budget.settings.threshold'), kind: 'int', ...B.percent },
    {
      key: 'weeks',
      label: t('budget.settings.weeks'),
      kind: 'int',
      ...B.weeksFromReadyToPay,
      hint: t('budget.settings.weeksHint'),
    },
  ];
  const form = useBudgetForm(
    {
      floor: typedMoney(section.floorMinor),
      lean: String(scenarios.leanCutPercent),
      delay: String(scenarios.pessimistic.offerDelayMonths),
      benefitCut: String(scenarios.pessimistic.benefitCutPercent),
      sideCut: String(scenarios.pessimistic.sideCutPercent),
      threshold: String(section.offerThresholdPercent),
      weeks: String(section.weeksFromReadyToPay),
    },
    specs,
  );
  const save = async (v: ReadValues) => {
    const failure = await updateBudget((s) => ({
      ...s,
      floorMinor: Number(v.floor),
      offerThresholdPercent: Number(v.threshold),
      weeksFromReadyToPay: Number(v.weeks),
      scenarios: {
        ...s.scenarios,
        leanCutPercent: Number(v.lean),
        pessimistic: {
          offerDelayMonths: Number(v.delay),
          benefitCutPercent: Number(v.benefitCut),
          sideCutPercent: Number(v.sideCut),
        },
      },
    }));
    setError(failure);
    setSaved(failure === null);
  };
  return (
    <>
      <section className="card" aria-labelledby="scenario-settings-title">
        <h2 id="scenario-settings-title">{t('budget.settings.title')}</h2>
        {form.fields()}
        <div className="form-actions">
          <button
            type="button"
            className="button primary"
            onClick={() => {
              setSaved(false);
              form.submit(save);
            }}
          >
            {t('budget.settings.save')}
          </button>
          {saved ? <p role="status">{t('budget.saved')}</p> : null}
        </div>
        {error ? <ErrorMessage error={error} /> : null}
      </section>
      <ListEditor<Custom>
        title={t('budget.custom.title')}
        addLabel={t('budget.custom.add')}
        empty={t('budget.custom.empty')}
        items={scenarios.custom}
        max={B.customScenarios}
        specs={[
          { key: 'name', label: t('budget.custom.name'), kind: 'text' },
          { key: 'cut', label: t('budget.custom.cut'), kind: 'int', ...B.percent },
          { key: 'delay', label: t('budget.custom.delay'), kind: 'int', ...B.offerDelayMonths },
          { key: 'benefitCut', label: t('budget.custom.benefitCut'), kind: 'int', ...B.percent },
          { key: 'sideCut', label: t('budget.custom.sideCut'), kind: 'int', ...B.percent },
        ]}
        blank={{ name: '', cut: '0', delay: '0', benefitCut: '0', sideCut: '0' }}
        nameOf={(c) => c.name}
        describe={(c) =>
          t('budget.custom.row', {
            name: c.name,
            cut: c.discretionaryCutPercent,
            delay: c.offerDelayMonths,
            benefitCut: c.benefitCutPercent,
            sideCut: c.sideCutPercent,
          })
        }
        toTyped={(c) => ({
          name: c.name,
          cut: String(c.discretionaryCutPercent),
          delay: String(c.offerDelayMonths),
          benefitCut: String(c.benefitCutPercent),
          sideCut: String(c.sideCutPercent),
        })}
        idText={(v) => String(v.name)}
        idFallback="scenario"
        reservedIds={BUILT_IN_SCENARIOS}
        fromRead={(v, id) => ({
          id,
          name: String(v.name),
          discretionaryCutPercent: Number(v.cut),
          offerDelayMonths: Number(v.delay),
          benefitCutPercent: Number(v.benefitCut),
          sideCutPercent: Number(v.sideCut),
        })}
        update={(change) =>
          updateBudget((s) => ({ ...s, scenarios: { ...s.scenarios, custom: change(s.scenarios.custom) } }))
        }
      />
      <VolatilityButtons />
    </>
  );
}
