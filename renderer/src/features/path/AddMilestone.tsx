import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { MILESTONE_KINDS } from '../../../../preload/contract/path-section';
import { Field } from '../../components/Field';
import { FormProblem } from '../../components/FormProblem';
import { SelectField } from '../../components/forms/SelectField';
import { useFieldMessage } from '../../components/forms/use-field-message';
import { uniqueId } from '../../domain/unique-id';
import { addMilestone, usePathStore } from '../../state/path-store';
import {
  addMilestoneSchema,
  blankAddMilestone,
  toNewMilestone,
  type AddMilestoneValues,
} from './add-milestone-form-model';

/** A milestone of the user's own: a course, a certificate, a practice goal. */
export function AddMilestone() {
  const { t } = useTranslation();
  const { message } = useFieldMessage();
  const form = useForm<AddMilestoneValues>({
    defaultValues: blankAddMilestone(),
    resolver: zodResolver(addMilestoneSchema()),
    mode: 'onSubmit',
  });
  const [problem, setProblem] = useState<string | null>(null);
  const errors = form.formState.errors;
  const add = form.handleSubmit(async (values) => {
    const taken = new Set(usePathStore.getState().section.milestones.map((m) => m.id));
    setProblem(null);
    const error = await addMilestone(toNewMilestone(values, uniqueId(`own ${values.title}`, taken)));
    // Kind and hours stay as chosen: several courses in a row are often alike.
    if (error) setProblem(error.message);
    else form.reset({ ...values, title: '' });
  });
  return (
    <section className="card" aria-labelledby="add-milestone-title">
      <h2 id="add-milestone-title">{t('path.add.title')}</h2>
      <form className="inline-fields" onSubmit={(event) => void add(event)} noValidate>
        <Field compact label={t('path.add.name')} error={message(errors.title?.message)}>
          <input type="text" {...form.register('title')} />
        </Field>
        <SelectField
          compact
          label={t('path.add.kind')}
          options={MILESTONE_KINDS.map((value) => ({ value, label: t(`path.kinds.${value}`) }))}
          registration={form.register('kind')}
        />
        <Field compact label={t('path.add.effort')} error={message(errors.effort?.message)}>
          <input type="text" inputMode="numeric" className="hours-input" {...form.register('effort')} />
        </Field>
        <button type="submit" className="button secondary">
          {t('path.add.submit')}
        </button>
      </form>
      <FormProblem message={problem} />
    </section>
  );
}
