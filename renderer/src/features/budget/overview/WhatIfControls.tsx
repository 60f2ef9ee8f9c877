import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetWhatIf } from '../../../views/use-budget-view';
import { useBudgetContext } from '../../../views/use-budget-context';

/** Sliders that change the Baseline and the ready date at once; nothing here is saved. */
export function WhatIfControls(props: {
  whatIf: BudgetWhatIf;
  onChange: (whatIf: BudgetWhatIf) => void;
  profileHours: number;
}) {
  const { t } = useTranslation();
  const { money } = useBudgetContext();
  const ids = { hours: useId(), cut: useId(), offer: useId(), side: useId() };
  const { whatIf } = props;
  const hours = whatIf.hoursPerWeek ?? props.profileHours;
  const cut = whatIf.discretionaryCutPercent ?? 0;
  const slider = (
    id: string,
    label: string,
    shown: string,
    input: { min: number; max: number; step: number; value: number; onChange: (n: number) => void },
  ) => (
    <div className="what-if">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={input.min}
        max={input.max}
        step={input.step}
        value={input.value}
        aria-valuetext={shown}
        onChange={(e) => input.onChange(Number(e.target.value))}
      />
      <output htmlFor={id}>{shown}</output>
    </div>
  );
  return (
    <section className="card" aria-labelledby="what-if-title">
      <h2 id="what-if-title">{t('budget.whatIf.title')}</h2>
      <p className="muted-text">{t('budget.whatIf.hint')}</p>
      <div className="what-if-grid">
        {slider(ids.hours, t('budget.whatIf.hours'), t('budget.whatIf.hoursValue', { count: hours }), {
          min: 0,
          max: 60,
          step: 1,
          value: hours,
          onChange: (n) => props.onChange({ ...whatIf, hoursPerWeek: n }),
        })}
        {slider(ids.cut, t('budget.whatIf.cut'), t('budget.whatIf.percent', { percent: cut }), {
          min: 0,
          max: 100,
          step: 5,
          value: cut,
          onChange: (n) => props.onChange({ ...whatIf, discretionaryCutPercent: n }),
        })}
        {slider(
          ids.offer,
          t('budget.whatIf.offer'),
          t('budget.whatIf.months', { count: whatIf.offerShiftMonths }),
          {
            min: -6,
            max: 12,
            step: 1,
            value: whatIf.offerShiftMonths,
            onChange: (n) => props.onChange({ ...whatIf, offerShiftMonths: n }),
          },
        )}
        {slider(ids.side, t('budget.whatIf.side'), money(whatIf.extraSideMonthlyMinor), {
          min: 0,
          max: 300000,
          step: 5000,
          value: whatIf.extraSideMonthlyMinor,
          onChange: (n) => props.onChange({ ...whatIf, extraSideMonthlyMinor: n }),
        })}
      </div>
      <button
        type="button"
        className="button secondary small"
        onClick={() =>
          props.onChange({
            discretionaryCutPercent: null,
            offerShiftMonths: 0,
            extraSideMonthlyMinor: 0,
            hoursPerWeek: null,
          })
        }
      >
        {t('budget.whatIf.reset')}
      </button>
    </section>
  );
}
