import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MICRO_ACTIVITIES } from '../../../../../preload/contract/gig-section';
import type { ApiError } from '../../../../../preload/contract/result';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Field } from '../../../components/Field';
import { SelectField } from '../../../components/forms/SelectField';
import { useFieldMessage } from '../../../components/forms/use-field-message';
import type { GigFeed } from '../../../domain/budget/gig-feed';
import { benefitWithholding, parametersFor, usYearOutlook } from '../../../domain/budget/gig-taxes';
import { quarterlyDueDates } from '../../../domain/gig/taxes';
import { updateGig, useGigStore } from '../../../state/gig-store';
import { useBudgetContext } from '../../../views/use-budget-context';
import { gigTaxesFrom, gigTaxSchema, gigTaxValues, isRate, type GigTaxValues } from './gig-taxes-form-model';

/**
 * How gig income is taxed, for the budget's gross → net estimates: the regime the country
 * gives, each parameter with its source and date (and the user's own figure, if any), the
 * micro-entrepreneur activity (France) and the W-4V withholding (US). Saved in the gig section.
 */
export function GigTaxSettings({ gig }: { gig: GigFeed }) {
  const { t } = useTranslation();
  const { message } = useFieldMessage();
  const { section, formatters, today } = useBudgetContext();
  const taxes = useGigStore((state) => state.section.taxes);
  const country = formatters.country;
  const locale = formatters.numberLocale;
  const form = useForm<GigTaxValues>({
    values: useMemo(() => gigTaxValues(taxes, locale), [taxes, locale]),
    resolver: zodResolver(gigTaxSchema(locale)),
  });
  const activity = useWatch({ control: form.control, name: 'microActivity' });
  const shown = parametersFor(country, { ...taxes, microActivity: activity });
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const titleId = useId();
  const save = form.handleSubmit(async (values) => {
    const keys = shown.map((p) => p.key);
    const failure = await updateGig((gig) => ({
      ...gig,
      taxes: gigTaxesFrom(values, gig.taxes, keys, locale),
    }));
    setError(failure);
    setSaved(failure === null);
  });
  const figure = (key: (typeof shown)[number]['key'], value: number) =>
    isRate(key)
      ? t('budget.whatIf.percent', { percent: formatters.decimal(value / 100) })
      : formatters.money(value, 'USD');
  // US: this year's logged months, against the $1,000 that makes quarterly payments due.
  const year = Number(today.slice(0, 4));
  const outlook = usYearOutlook(
    gig.months.filter((m) => m.start.startsWith(`${year}-`)).map((m) => m.grossMinor),
    country,
    taxes,
  );
  const withheld = section.benefits ? benefitWithholding(country, taxes, section.benefits.amountMinor) : null;
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('budget.gig.taxes.title')}</h2>
      <p className="muted-text">
        <strong>{t('budget.estimateLabel')}</strong> {t('budget.gig.taxes.hint')}
      </p>
      <p>
        {country === 'FR'
          ? t('budget.gig.taxes.frRegime')
          : country === 'US'
            ? t('budget.gig.taxes.usRegime')
            : t('budget.gig.taxes.noRegime')}
      </p>
      <form onSubmit={(event) => void save(event)} noValidate>
        {country === 'FR' ? (
          <SelectField
            label={t('budget.gig.taxes.activity')}
            options={MICRO_ACTIVITIES.map((value) => ({
              value,
              label: t(`budget.gig.taxes.activities.${value}`),
            }))}
            registration={form.register('microActivity')}
          />
        ) : null}
        {country === 'US' ? (
          <div className="field checkbox-field">
            <label>
              <input type="checkbox" {...form.register('withholdUnemployment')} />{' '}
              {t('budget.gig.taxes.withhold')}
            </label>
          </div>
        ) : null}
        {shown.map(({ key, value, parameter, overridden }) => (
          <Field
            key={key}
            label={`${t('budget.gig.taxes.paramLabel', {
              name: t(`budget.gig.taxes.params.${key}`),
              value: figure(key, value),
            })}${overridden ? ` (${t('budget.gig.taxes.yours')})` : ''}`}
            hint={`${t('budget.gig.taxes.sourceLine', {
              source: t(`budget.gig.taxes.sources.${key}`),
              date: formatters.day(parameter.validFrom),
            })}${parameter.status === 'to-check' ? ` ${t('budget.gig.taxes.toCheck')}` : ''} ${t('budget.gig.taxes.valueHint')}`}
            error={message(form.formState.errors.overrides?.[key]?.message)}
          >
            <input
              type="text"
              inputMode="decimal"
              autoComplete="off"
              {...form.register(`overrides.${key}`)}
            />
          </Field>
        ))}
        <div className="form-actions">
          <button type="submit" className="button primary">
            {t('budget.gig.taxes.save')}
          </button>
          {saved ? <p role="status">{t('budget.gig.taxes.saved')}</p> : null}
        </div>
        {error ? <ErrorMessage error={error} /> : null}
      </form>
      {outlook ? (
        <p>
          {outlook.quarterly
            ? t('budget.gig.taxes.yearTax', {
                tax: formatters.money(outlook.totalMinor, 'USD'),
                due: quarterlyDueDates(year)
                  .map((d) => formatters.day(d))
                  .join(', '),
              })
            : t('budget.gig.taxes.yearTaxNone', { tax: formatters.money(outlook.totalMinor, 'USD') })}
        </p>
      ) : null}
      {withheld && section.benefits ? (
        <p>
          {t('budget.gig.taxes.withheldBenefit', {
            gross: formatters.money(withheld.grossMinor, 'USD'),
            net: formatters.money(withheld.netMinor, 'USD'),
          })}
        </p>
      ) : null}
    </section>
  );
}
