import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { ApiError } from '../../../../../preload/contract/result';
import { SKILLS_LIMITS } from '../../../../../preload/contract/skills-section';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Field } from '../../../components/Field';
import { FormProblem } from '../../../components/FormProblem';
import { SectionHeading } from '../../../components/SectionHeading';
import { LongTextField } from '../../../components/forms/LongTextField';
import { useFieldMessage } from '../../../components/forms/use-field-message';
import { catalogueSkills } from '../../../domain/catalogue/catalogue';
import { slugify } from '../../../domain/slug';
import { saveCustomDomain, saveOverride } from '../../../state/skills-store';
import { useSkillsView } from '../../../views/use-skills-view';
import {
  domainEditorSchema,
  requirementsProblem,
  toCustomDomain,
  toDomainEditorValues,
  toRequirements,
  type DomainEditorValues,
} from './domain-editor-form-model';
import { RequirementRows } from './RequirementRows';

/**
 * Edits the skills of a built-in domain (kept as the user's override, undone by "reset"),
 * or writes a whole domain of the user's own, with name, description and credentials.
 */
export function DomainEditor({ domainId }: { domainId: string | null }) {
  const { t } = useTranslation();
  const view = useSkillsView();
  const [, navigate] = useLocation();
  const { message } = useFieldMessage();
  const existing = domainId ? view.scoreOf(domainId)?.domain : undefined;
  const isCustom = !existing || existing.origin === 'custom';
  const form = useForm<DomainEditorValues>({
    defaultValues: toDomainEditorValues(
      existing && { ...existing, gates: existing.origin === 'custom' ? existing.gates : [] },
    ),
    resolver: zodResolver(domainEditorSchema(isCustom)),
    mode: 'onSubmit',
  });
  const gates = useFieldArray({ control: form.control, name: 'gates' });
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const errors = form.formState.errors;
  const choices = [
    ...catalogueSkills().map((skill) => ({ id: skill.id, name: skill.name[view.language] })),
    ...view.section.customSkills.map((skill) => ({ id: skill.id, name: skill.name })),
  ].sort((a, b) => a.name.localeCompare(b.name, view.language));

  const save = form.handleSubmit(async (values) => {
    const listProblem = requirementsProblem(values);
    if (listProblem) return setProblem(t(listProblem as 'skills.editor.duplicate'));
    setProblem(null);
    let id = existing?.id ?? '';
    if (isCustom && !existing) {
      // A readable id from the name, made unique among the domains that exist.
      const taken = new Set(view.ranking.map((score) => score.domain.id));
      const base = `own-${slugify(values.name) || 'domain'}`.slice(0, 56);
      id = base;
      for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
    }
    const outcome = isCustom
      ? await saveCustomDomain(toCustomDomain(id, values))
      : await saveOverride({ domainId: existing?.catalogueId ?? id, ...toRequirements(values) });
    if (outcome) return setError(outcome);
    navigate(`/skills/domain/${id}`);
  });

  return (
    <>
      <Link href={existing ? `/skills/domain/${existing.id}` : '/skills'}>← {t('skills.detail.back')}</Link>
      <SectionHeading
        title={
          existing && !isCustom
            ? t('skills.editor.editTitle', { name: existing.name })
            : t('skills.editor.newTitle')
        }
      />
      <form className="domain-editor" noValidate onSubmit={(event) => void save(event)}>
        {isCustom ? (
          <fieldset>
            <Field label={t('skills.editor.name')} error={message(errors.name?.message)}>
              <input type="text" {...form.register('name')} />
            </Field>
            <LongTextField
              label={t('skills.editor.description')}
              error={message(errors.description?.message)}
              max={SKILLS_LIMITS.description}
              rows={3}
              control={form.control}
              name="description"
            />
          </fieldset>
        ) : null}
        <RequirementRows
          rowName={(n) => t('skills.editor.requiredRow', { n })}
          legend={t('skills.editor.required')}
          addLabel={t('skills.editor.addRequired')}
          control={form.control}
          register={form.register}
          name="required"
          choices={choices}
        />
        <RequirementRows
          rowName={(n) => t('skills.editor.optionalRow', { n })}
          legend={t('skills.editor.optional')}
          addLabel={t('skills.editor.addOptional')}
          control={form.control}
          register={form.register}
          name="optional"
          choices={choices}
        />
        {isCustom ? (
          <fieldset>
            <legend>{t('skills.editor.gates')}</legend>
            {gates.fields.map((gate, index) => (
              <div key={gate.id} className="inline-fields">
                <input
                  type="text"
                  aria-label={t('skills.editor.gateLabel', { row: index + 1 })}
                  aria-invalid={errors.gates?.[index]?.label ? true : undefined}
                  {...form.register(`gates.${index}.label`)}
                />
                <select
                  aria-label={t('skills.editor.gateKind', { row: index + 1 })}
                  {...form.register(`gates.${index}.kind`)}
                >
                  <option value="hard">{t('skills.detail.hard')}</option>
                  <option value="soft">{t('skills.detail.soft')}</option>
                </select>
              </div>
            ))}
            {gates.fields.map((gate, index) =>
              errors.gates?.[index]?.label ? (
                <p key={gate.id} className="field-error">
                  {t('skills.editor.gateLabel', { row: index + 1 })}:{' '}
                  {message(errors.gates[index]?.label?.message)}
                </p>
              ) : null,
            )}
            {gates.fields.length < SKILLS_LIMITS.gates ? (
              <button
                type="button"
                className="button secondary"
                onClick={() =>
                  gates.append({ id: `gate-${gates.fields.length + 1}`, kind: 'soft', label: '' })
                }
              >
                {t('skills.editor.addGate')}
              </button>
            ) : null}
          </fieldset>
        ) : null}
        <FormProblem message={problem} />
        {error ? <ErrorMessage error={error} /> : null}
        <div className="form-actions">
          <button type="submit" className="button primary">
            {t('skills.editor.save')}
          </button>
        </div>
      </form>
    </>
  );
}
