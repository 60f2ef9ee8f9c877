/**
 * Stage moves and archiving stages. A move appends to the history and never rewrites it, so
 * a final "Rejected" keeps the interview that came before. Stages are archived instead of
 * deleted: history entries always keep a stage to name.
 */
import type {
  Application,
  ApplicationsSection,
  Stage,
} from '../../../../preload/contract/applications-section';

export function moveToStage(application: Application, stageId: string, on: string, note = ''): Application {
  if (application.stageId === stageId) return application;
  return {
    ...application,
    stageId,
    appliedOn: application.appliedOn ?? (stageId === 'applied' ? on : null),
    history: [...application.history, { stageId, on, note }],
  };
}

/** The stages a card can move to, in board order, archived ones left out. */
export const activeStages = (stages: readonly Stage[]): Stage[] => stages.filter((stage) => !stage.archived);

/** The next or previous active stage, for moving a card with the keyboard. */
export function neighbourStage(stages: readonly Stage[], currentId: string, step: -1 | 1): Stage | null {
  const active = activeStages(stages);
  const index = active.findIndex((stage) => stage.id === currentId);
  return index < 0 ? null : (active[index + step] ?? null);
}

/**
 * Archives a stage: it leaves the board, applications in it move to `fallbackId` (with a
 * history entry saying so), and every past entry that names it still resolves.
 */
export function archiveStage(
  section: ApplicationsSection,
  stageId: string,
  fallbackId: string,
  on: string,
): ApplicationsSection {
  if (stageId === fallbackId) return section;
  return {
    ...section,
    stages: section.stages.map((stage) => (stage.id === stageId ? { ...stage, archived: true } : stage)),
    applications: section.applications.map((application) =>
      application.stageId === stageId ? moveToStage(application, fallbackId, on) : application,
    ),
  };
}

/** Every stage an application has ever been in: the funnel counts these, not the current one. */
export const stagesReached = (application: Application): Set<string> =>
  new Set([...application.history.map((entry) => entry.stageId), application.stageId]);
