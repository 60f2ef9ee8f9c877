import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { MILESTONE_KINDS, MILESTONE_LIMITS, type Milestone } from '../../../../preload/contract/path-section';
import type { ApiError } from '../../../../preload/contract/result';
import { DayField } from '../../components/DayField';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { FormProblem } from '../../components/FormProblem';
import { LongTextField } from '../../components/forms/LongTextField';
import { SelectField } from '../../components/forms/SelectField';
import { useFieldMessage } from '../../components/forms/use-field-message';
import { useFormatters } from '../../components/use-formatters';
import { conventionsFor } from '../../domain/countries';
import { workOrder } from '../../domain/path/order';
import { splitMilestone, updateMilestone, usePathStore } from '../../state/path-store';
import {
  milestoneDetailsSchema,
  toDetailsValues,
  toMilestoneChange,
  type MilestoneDetailsValues,
} from './milestone-details-form-model';

/** Everything about one milestone that the list row does not show, editable (inside a Disclosure). */
export function MilestoneDetails({
  milestone,
  title,
  titleOf,
}: {
  milestone: Milestone;
  title: string;
  titleOf: (id: string) => string;
}) {
  const { t } = useTranslation();
  const { dateLocale, numberLocale, country } = useFormatters();
  const locales = useMemo(() => ({ dateLocale, numberLocale }), [dateLocale, numberLocale]);
  const { message } = useFieldMessage();
  const others = usePathStore((state) => state.section.milestones).filter((m) => m.id !== milestone.id);
  const currency = milestone.cost?.currency ?? conventionsFor(country).currency;
  const form = useForm<MilestoneDetailsValues>({
    defaultValues: toDetailsValues(milestone, title, locales),
    resolver: zodResolver(milestoneDetailsSchema(locales)),
    mode: 'onSubmit',
  });
  const after = useWatch({ control: form.control, name: 'after' });
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const errors = form.formState.errors;
  const { register } = form;

  const save = form.handleSubmit(
    async (values) => {
      setSaved(false);
      const changed: Milestone = { ...milestone, prerequisites: values.after };
      if (!workOrder([...others, changed]).ok) return setProblem(t('path.edit.loop'));
      setProblem(null);
      const outcome = await updateMilestone(
        milestone.id,
        toMilestoneChange(values, milestone, title, currency, locales),
      );
      setError(outcome);
      setSaved(outcome === null);
    },
    () => setSaved(false),
  );

  return (
    <div className="evidence">
      <Field compact label={t('path.edit.title')} error={message(errors.title?.message)}>
        <input type="text" {...register('title')} />
      </Field>
      <SelectField
        compact
        label={t('path.edit.kind')}
        options={MILESTONE_KINDS.map((kind) => ({ value: kind, label: t(`path.kinds.${kind}`) }))}
        registration={register('kind')}
      />
      <Field compact label={t('path.edit.effort')} error={message(errors.effort?.message)}>
        <input type="text" inputMode="numeric" {...register('effort')} />
      </Field>
      <Field compact label={t('path.edit.cost', { currency })} error={message(errors.cost?.message)}>
        <input type="text" inputMode="decimal" autoComplete="off" {...register('cost')} />
      </Field>
      <DayField
        label={t('path.edit.paidOn')}
        error={message(errors.paidOn?.message)}
        registration={register('paidOn')}
      />
      <LongTextField
        compact
        label={t('path.edit.link')}
        error={message(errors.link?.message)}
        max={MILESTONE_LIMITS.link}
        inputMode="url"
        control={form.control}
        name="link"
      />
      <LongTextField
        compact
        label={t('path.edit.notes')}
        error={message(errors.notes?.message)}
        max={MILESTONE_LIMITS.notes}
        rows={2}
        control={form.control}
        name="notes"
      />
      <LongTextField
        compact
        label={t('path.edit.evidence')}
        error={message(errors.evidence?.message)}
        max={MILESTONE_LIMITS.evidence}
        control={form.control}
        name="evidence"
      />
      {others.length > 0 ? (
        <fieldset className="checkbox-grid wide">
          <legend>{t('path.edit.after')}</legend>
          {others.map((other) => (
            <label key={other.id} className="checkbox">
              <input
                type="checkbox"
                checked={after.includes(other.id)}
                onChange={(e) =>
                  form.setValue(
                    'after',
                    e.target.checked ? [...after, other.id] : after.filter((id) => id !== other.id),
                  )
                }
              />
              {titleOf(other.id)}
            </label>
          ))}
        </fieldset>
      ) : null}
      <FormProblem message={problem} />
      {error ? <ErrorMessage error={error} /> : null}
      <div className="form-actions">
        <button type="button" className="button primary" onClick={() => void save()}>
          {t('path.edit.save')}
        </button>
        {milestone.effortHours >= 2 ? (
          <button
            type="button"
            className="button secondary"
            onClick={() => void splitMilestone(milestone.id, t('path.edit.splitTitle', { title }))}
          >
            {t('path.edit.split')}
          </button>
        ) : null}
        {saved ? (
          <p className="form-saved" role="status">
            {t('path.edit.saved')}
          </p>
        ) : null}
      </div>
    </div>
  );
}
