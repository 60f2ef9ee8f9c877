import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { ApiError } from '../../../../../preload/contract/result';
import type { CustomDomain, Requirement } from '../../../../../preload/contract/skills-section';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { SectionHeading } from '../../../components/SectionHeading';
import { CATALOGUE_SKILLS } from '../../../domain/catalogue/catalogue';
import { slugify } from '../../../domain/slug';
import { saveCustomDomain, saveOverride } from '../../../state/skills-store';
import { useSkillsView } from '../../../views/use-skills-view';
import { RequirementRows } from './RequirementRows';
import { FormProblem } from '../../../components/FormProblem';

type Gate = CustomDomain['gates'][number];

/**
 * Edits the skills of a built-in domain (kept as the user's override, undone by "reset"),
 * or writes a whole domain of the user's own, with name, description and credentials.
 */
export function DomainEditor({ domainId }: { domainId: string | null }) {
  const { t } = useTranslation();
  const view = useSkillsView();
  const [, navigate] = useLocation();
  const existing = domainId ? view.scoreOf(domainId)?.domain : undefined;
  const isCustom = !existing || existing.origin === 'custom';
  const [name, setName] = useState(existing?.name ?? '');
  const [description, setDescription] = useState(existing?.description ?? '');
  const [required, setRequired] = useState<Requirement[]>(existing?.required ?? []);
  const [optional, setOptional] = useState<Requirement[]>(existing?.optional ?? []);
  const [gates, setGates] = useState<Gate[]>(existing?.origin === 'custom' ? existing.gates : []);
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const nameId = useId();
  const descriptionId = useId();
  const choices = [
    ...CATALOGUE_SKILLS.map((skill) => ({ id: skill.id, name: skill.name[view.language] })),
    ...view.section.customSkills.map((skill) => ({ id: skill.id, name: skill.name })),
  ].sort((a, b) => a.name.localeCompare(b.name, view.language));

  const save = async () => {
    const skillIds = [...required, ...optional].map((row) => row.skillId);
    if (isCustom && name.trim() === '') return setProblem(t('skills.editor.needName'));
    if (required.length === 0) return setProblem(t('skills.editor.needRequired'));
    if (new Set(skillIds).size !== skillIds.length) return setProblem(t('skills.editor.duplicate'));
    setProblem(null);
    let id = existing?.id ?? '';
    if (isCustom && !existing) {
      // A readable id from the name, made unique among the domains that exist.
      const taken = new Set(view.ranking.map((score) => score.domain.id));
      const base = `own-${slugify(name) || 'domain'}`.slice(0, 56);
      id = base;
      for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
    }
    const outcome = isCustom
      ? await saveCustomDomain({
          id,
          name: name.trim(),
          description: description.trim(),
          required,
          optional,
          gates: gates.filter((gate) => gate.label.trim() !== ''),
        })
      : await saveOverride({ domainId: existing?.catalogueId ?? id, required, optional });
    if (outcome) return setError(outcome);
    navigate(`/skills/domain/${id}`);
  };

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
      <form className="domain-editor" noValidate onSubmit={(event) => (event.preventDefault(), void save())}>
        {isCustom ? (
          <fieldset>
            <div className="field">
              <label htmlFor={nameId}>{t('skills.editor.name')}</label>
              <input
                id={nameId}
                type="text"
                value={name}
                maxLength={80}
                onChange={(e) => setName(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={descriptionId}>{t('skills.editor.description')}</label>
              <textarea
                id={descriptionId}
                value={description}
                maxLength={2000}
                rows={3}
                onChange={(e) => setDescription(e.target.value)}
              />
            </div>
          </fieldset>
        ) : null}
        <RequirementRows
          rowName={(n) => t('skills.editor.requiredRow', { n })}
          legend={t('skills.editor.required')}
          addLabel={t('skills.editor.addRequired')}
          rows={required}
          choices={choices}
          onChange={setRequired}
        />
        <RequirementRows
          rowName={(n) => t('skills.editor.optionalRow', { n })}
          legend={t('skills.editor.optional')}
          addLabel={t('skills.editor.addOptional')}
          rows={optional}
          choices={choices}
          onChange={setOptional}
        />
        {isCustom ? (
          <fieldset>
            <legend>{t('skills.editor.gates')}</legend>
            {gates.map((gate, index) => (
              <div key={gate.id} className="inline-fields">
                <input
                  type="text"
                  aria-label={t('skills.editor.gateLabel', { row: index + 1 })}
                  value={gate.label}
                  maxLength={160}
                  onChange={(e) =>
                    setGates(gates.map((g, i) => (i === index ? { ...g, label: e.target.value } : g)))
                  }
                />
                <select
                  aria-label={t('skills.editor.gateKind', { row: index + 1 })}
                  value={gate.kind}
                  onChange={(e) =>
                    setGates(
                      gates.map((g, i) => (i === index ? { ...g, kind: e.target.value as Gate['kind'] } : g)),
                    )
                  }
                >
                  <option value="hard">{t('skills.detail.hard')}</option>
                  <option value="soft">{t('skills.detail.soft')}</option>
                </select>
              </div>
            ))}
            <button
              type="button"
              className="button secondary"
              onClick={() =>
                setGates([...gates, { id: `gate-${gates.length + 1}`, kind: 'soft', label: '' }])
              }
            >
              {t('skills.editor.addGate')}
            </button>
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
