import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activeStages } from '../../../domain/applications/stages';
import { followUpsByApplication } from '../../../domain/applications/follow-ups';
import { useToday } from '../../../components/use-today';
import { useFormatters } from '../../../components/use-formatters';
import { moveApplication, useApplicationsStore } from '../../../state/applications-store';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { ScrollArea } from '../../../components/ScrollArea';
import type { ApiError } from '../../../../../preload/contract/result';
import { useStageLabel } from '../use-stage-label';
import { useEndedActionWording } from '../../../views/use-ended-action-wording';
import { BoardColumn } from './BoardColumn';

/**
 * The kanban board. Cards move with the mouse (drag onto a column) and with the keyboard (the
 * arrow buttons on each card, or Alt + arrow keys); focus follows the moved card and a live
 * region says where it went.
 */
export function Board() {
  const { t } = useTranslation();
  const section = useApplicationsStore((state) => state.section);
  const today = useToday();
  const stageLabel = useStageLabel();
  const wordEnded = useEndedActionWording();
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const focusAfterMove = useRef<string | null>(null);
  const stages = useMemo(() => activeStages(section.stages), [section.stages]);
  const applications = section.applications;
  const byStage = useMemo(() => {
    const groups = new Map(stages.map((stage) => [stage.id, [] as typeof applications]));
    for (const application of applications) groups.get(application.stageId)?.push(application);
    return groups;
  }, [applications, stages]);

  // Follow-up states by application object: an unchanged application keeps its state (and
  // its card is not re-rendered) when another one moves.
  const { settings, stages: allStages } = section;
  const chaseOf = useMemo(
    () => followUpsByApplication({ settings, stages: allStages }, today),
    [settings, allStages, today],
  );

  // Stable, so a move re-renders only the two columns whose cards changed.
  const move = useCallback(
    async (id: string, stageId: string) => {
      const application = useApplicationsStore.getState().section.applications.find((a) => a.id === id);
      if (!application || application.stageId === stageId) return;
      focusAfterMove.current = id;
      const problem = await moveApplication(id, stageId, today, '', wordEnded);
      setError(problem);
      if (!problem) {
        setAnnouncement(
          t('applications.board.moved', {
            organisation: application.organisation,
            stage: stageLabel(stageId),
          }),
        );
      }
    },
    [today, t, stageLabel, wordEnded],
  );
  const { day } = useFormatters();
  const wording = useMemo(() => ({ t, day, stageLabel }), [t, day, stageLabel]);
  const onMove = useCallback((id: string, stageId: string) => void move(id, stageId), [move]);

  useEffect(() => {
    const id = focusAfterMove.current;
    if (id === null) return;
    focusAfterMove.current = null;
    document.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(id)}"] .card-title`)?.focus();
  });

  if (section.applications.length === 0) return <p className="card">{t('applications.empty')}</p>;
  return (
    <>
      <p className="muted-text">{t('applications.board.keyboardHint')}</p>
      {error ? <ErrorMessage error={error} /> : null}
      <ScrollArea className="board" label={t('applications.board.label')}>
        {stages.map((stage, index) => (
          <BoardColumn
            key={stage.id}
            stageId={stage.id}
            title={stageLabel(stage.id)}
            applications={byStage.get(stage.id) ?? []}
            previous={stages[index - 1] ?? null}
            next={stages[index + 1] ?? null}
            chaseOf={chaseOf}
            onMove={onMove}
            wording={wording}
          />
        ))}
      </ScrollArea>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </>
  );
}
