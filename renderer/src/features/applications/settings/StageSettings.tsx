import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../../preload/contract/result';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Field } from '../../../components/Field';
import { FormProblem } from '../../../components/FormProblem';
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

/** Rename, add, reorder, archive and restore stages; history always keeps its names. */
export function StageSettings() {
  const { t } = useTranslation();
  const today = useToday();
  const stageLabel = useStageLabel();
  const stages = useApplicationsStore((state) => state.section.stages);
  const active = activeStages(stages);
  const archived = stages.filter((stage) => stage.archived);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const run = async (change: Promise<ApiError | null>) => setError(await change);
  // Archiving needs somewhere for the stage's applications to go: the first stage left.
  const fallbackFor = (stageId: string) => active.find((stage) => stage.id !== stageId)?.id ?? null;
  const add = async () => {
    const trimmed = name.trim();
    if (trimmed === '' || trimmed.length > 60) return setProblem(t('errors.tooLong', { max: 60 }));
    if (stages.length >= 30) return setProblem(t('errors.tooLong', { max: 30 }));
    setProblem(null);
    const id = uniqueId(trimmed, new Set(stages.map((s) => s.id)), 'stage');
    await run(addApplicationStage({ id, name: trimmed, kind: 'open', archived: false }));
    setName('');
  };
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
      <div className="inline-fields">
        <Field
          compact
          label={t('applications.settings.newStage')}
          hint={t('applications.settings.newStageHint')}
        >
          <input type="text" maxLength={80} value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <button type="button" className="button secondary" onClick={() => void add()}>
          {t('applications.settings.addStage')}
        </button>
      </div>
      <FormProblem message={problem} />
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
