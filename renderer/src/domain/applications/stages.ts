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

/** Renames a stage; an empty name brings back the built-in, translated one. */
export function renameStage(
  section: ApplicationsSection,
  stageId: string,
  name: string,
): ApplicationsSection {
  const trimmed = name.trim();
  return {
    ...section,
    stages: section.stages.map((stage) =>
      stage.id === stageId ? { ...stage, name: trimmed === '' ? null : trimmed } : stage,
    ),
  };
}

/** Adds the user's own stage just before the first finished one (Accepted, Rejected…). */
export function addStage(section: ApplicationsSection, stage: Stage): ApplicationsSection {
  const firstEnding = section.stages.findIndex((s) => s.kind !== 'open');
  const at = stage.kind === 'open' && firstEnding >= 0 ? firstEnding : section.stages.length;
  return { ...section, stages: [...section.stages.slice(0, at), stage, ...section.stages.slice(at)] };
}

/** Moves a stage one place along the board; archived stages keep their place. */
export function moveStage(section: ApplicationsSection, stageId: string, by: -1 | 1): ApplicationsSection {
  const active = activeStages(section.stages);
  const index = active.findIndex((stage) => stage.id === stageId);
  const swapWith = active[index + by];
  if (index < 0 || !swapWith) return section;
  const stages = section.stages.map((stage) => {
    if (stage.id === stageId) return swapWith;
    if (stage.id === swapWith.id) return active[index] as Stage;
    return stage;
  });
  return { ...section, stages };
}

/** Brings an archived stage back to the board. */
export const restoreStage = (section: ApplicationsSection, stageId: string): ApplicationsSection => ({
  ...section,
  stages: section.stages.map((stage) => (stage.id === stageId ? { ...stage, archived: false } : stage)),
});
