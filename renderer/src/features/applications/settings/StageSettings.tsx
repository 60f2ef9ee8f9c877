import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../../preload/contract/result';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Field } from '../../../components/Field';
import { useFieldMessage } from '../../../components/forms/use-field-message';
import { useToday } from '../../../components/use-today';
import { activeStages } from '../../../domain/applications/stages';
import { uniqueId } from '../../../domain/unique-id';
import {
  addApplicationStage,
  archiveApplicationStage,
  moveApplicationStage,
  restoreApplicationStage,
  useApplicationsStore,
} from '../../../state/applications-store';
import { useStageLabel } from '../use-stage-label';
import { StageRow } from './StageRow';
import { newStageSchema, stageCountMessage, type StageNameValues } from './stage-name-form-model';

/** Rename, add, reorder, archive and restore stages; history always keeps its names. */
export function StageSettings() {
  const { t } = useTranslation();
  const today = useToday();
  const stageLabel = useStageLabel();
  const stages = useApplicationsStore((state) => state.section.stages);
  const active = activeStages(stages);
  const archived = stages.filter((stage) => stage.archived);
  const { message } = useFieldMessage();
  const form = useForm<StageNameValues>({
    defaultValues: { name: '' },
    resolver: zodResolver(newStageSchema()),
    mode: 'onSubmit',
  });
  const [error, setError] = useState<ApiError | null>(null);
  const run = async (change: Promise<ApiError | null>) => setError(await change);
  // Archiving needs somewhere for the stage's applications to go: the first stage left.
  const fallbackFor = (stageId: string) => active.find((stage) => stage.id !== stageId)?.id ?? null;
  const add = form.handleSubmit(async (values) => {
    const full = stageCountMessage(stages.length);
    if (full) return form.setError('name', { message: full });
    const name = values.name.trim();
    const id = uniqueId(name, new Set(stages.map((s) => s.id)), 'stage');
    await run(addApplicationStage({ id, name, kind: 'open', archived: false }));
    form.reset({ name: '' });
  });
  return (
    <section className="card" aria-labelledby="stages-title">
      <h2 id="stages-title">{t('applications.settings.stagesTitle')}</h2>
      <p className="muted-text">{t('applications.settings.stagesHint')}</p>
      <ol className="stage-list">
        {active.map((stage, index) => {
          const fallback = fallbackFor(stage.id);
          return (
            <StageRow
              key={stage.id}
              stage={stage}
              label={stageLabel(stage.id)}
              first={index === 0}
              last={index === active.length - 1}
              fallbackLabel={fallback ? stageLabel(fallback) : null}
              onMove={(by) => void run(moveApplicationStage(stage.id, by))}
              onArchive={() => fallback && void run(archiveApplicationStage(stage.id, fallback, today))}
              onError={setError}
            />
          );
        })}
      </ol>
      <form className="inline-fields" onSubmit={(event) => void add(event)} noValidate>
        <Field
          compact
          label={t('applications.settings.newStage')}
          hint={t('applications.settings.newStageHint')}
          error={message(form.formState.errors.name?.message)}
        >
          <input type="text" {...form.register('name')} />
        </Field>
        <button type="submit" className="button secondary">
          {t('applications.settings.addStage')}
        </button>
      </form>
      {archived.length > 0 ? (
        <>
          <h3>{t('applications.settings.archived')}</h3>
          <ul className="stage-list">
            {archived.map((stage) => (
              <li key={stage.id}>
                {stageLabel(stage.id)}{' '}
                <button
                  type="button"
                  className="button secondary small"
                  onClick={() => void run(restoreApplicationStage(stage.id))}
                >
                  {t('applications.settings.restore', { stage: stageLabel(stage.id) })}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}
