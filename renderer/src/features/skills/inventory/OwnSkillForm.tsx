import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Field';
import { FormProblem } from '../../../components/FormProblem';
import { useFieldMessage } from '../../../components/forms/use-field-message';
import { addCustomSkill, setLevel } from '../../../state/skills-store';
import { ownSkillId, ownSkillSchema, type OwnSkillValues } from './own-skill-form-model';

/** A skill the catalogue does not have, kept under the user's own name for it. */
export function OwnSkillForm({ existingIds }: { existingIds: ReadonlySet<string> }) {
  const { t } = useTranslation();
  const { message } = useFieldMessage();
  const form = useForm<OwnSkillValues>({
    defaultValues: { name: '' },
    resolver: zodResolver(ownSkillSchema()),
    mode: 'onSubmit',
  });
  const [problem, setProblem] = useState<string | null>(null);
  const add = form.handleSubmit(async (values) => {
    const skillId = ownSkillId(values, existingIds);
    setProblem(null);
    const error = (await addCustomSkill(skillId, values.name.trim())) ?? (await setLevel(skillId, 2));
    if (error) setProblem(error.message);
    else form.reset({ name: '' });
  });
  return (
    <section className="card" aria-labelledby="own-title">
      <h2 id="own-title">{t('skills.own.title')}</h2>
      <form className="inline-fields" noValidate onSubmit={(event) => void add(event)}>
        <Field compact label={t('skills.own.name')} error={message(form.formState.errors.name?.message)}>
          <input type="text" {...form.register('name')} />
        </Field>
        <button type="submit" className="button secondary">
          {t('skills.own.add')}
        </button>
      </form>
      <FormProblem message={problem} />
    </section>
  );
}
