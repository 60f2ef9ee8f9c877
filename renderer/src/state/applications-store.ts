/** The applications section in the renderer: every change goes through main before the screen. */
import { create } from 'zustand';
import type {
  Application,
  ApplicationsSection,
  ScamSignCode,
  Stage,
} from '../../../preload/contract/applications-section';
import { emptyApplicationsSection } from '../../../preload/contract/section-defaults';
import { applyImport, type ImportPlan } from '../domain/applications/import-plan';
import type { ApplicationFields } from '../domain/applications/new-application';
import { moveEndingNextAction, type WordEndedAction } from '../domain/applications/next-action';
import { toggleScamSign } from '../domain/applications/scam-signs';
import { addStage, archiveStage, moveStage, renameStage, restoreStage } from '../domain/applications/stages';
import { persistApplication } from './persist';
import { sectionCommitter } from './section-committer';

export const useApplicationsStore = create<{ section: ApplicationsSection }>(() => ({
  section: emptyApplicationsSection(),
}));

const commit = sectionCommitter('applications', useApplicationsStore);

// Changes to one application send only that application (see ApplicationPatch), in the same
// queue as whole-section changes so the two never overtake each other.
function putApplication(build: (section: ApplicationsSection) => Application | null) {
  let changed: Application | null = null;
  return commit(
    (section) => {
      changed = build(section);
      if (!changed) return section;
      const index = section.applications.findIndex((a) => a.id === changed?.id);
      const applications =
        index < 0 ? [...section.applications, changed] : section.applications.with(index, changed);
      return { ...section, applications };
    },
    () => (changed ? persistApplication({ op: 'put', application: changed }) : null),
  );
}

const mapApplication = (id: string, change: (a: Application) => Application) =>
  putApplication((section) => {
    const current = section.applications.find((a) => a.id === id);
    return current ? change(current) : null;
  });

export const addApplication = (application: Application) => putApplication(() => application);

/** Saves the editable fields; the stage and its history change only through a move. */
export const updateApplication = (id: string, fields: ApplicationFields) =>
  mapApplication(id, (a) => ({ ...a, ...fields }));

/** The scam warning signs the user keeps on an application (ticked, or found and kept). */
/**
 * Ticks or unticks one sign on the application as main last accepted it, so two quick
 * clicks both count (each change is built from the previous one's result).
 */
export const setScamSign = (id: string, code: ScamSignCode, on: boolean) =>
  mapApplication(id, (a) => toggleScamSign(a, code, on));

export const deleteApplication = (id: string) =>
  commit(
    (section) => ({ ...section, applications: section.applications.filter((a) => a.id !== id) }),
    () => persistApplication({ op: 'remove', id }),
  );

/**
 * The user moves an application: its next action ends with the stage it was for, and the
 * history keeps it when `word` says how (built from the application as main last accepted it).
 */
/** `word`: how the history note names the next action the move ends (a move made by the user). */
export const moveApplication = (
  id: string,
  stageId: string,
  on: string,
  note: string,
  word: WordEndedAction,
) => mapApplication(id, (a) => moveEndingNextAction(a, stageId, on, note, word));

export const renameApplicationStage = (stageId: string, name: string) =>
  commit((section) => renameStage(section, stageId, name));

export const addApplicationStage = (stage: Stage) => commit((section) => addStage(section, stage));

export const moveApplicationStage = (stageId: string, by: -1 | 1) =>
  commit((section) => moveStage(section, stageId, by));

export const archiveApplicationStage = (stageId: string, fallbackId: string, on: string) =>
  commit((section) => archiveStage(section, stageId, fallbackId, on));

export const restoreApplicationStage = (stageId: string) =>
  commit((section) => restoreStage(section, stageId));

export const setFollowUpSettings = (settings: ApplicationsSection['settings']) =>
  commit((section) => ({ ...section, settings }));

export const importApplications = (plan: ImportPlan) => commit((section) => applyImport(section, plan));
