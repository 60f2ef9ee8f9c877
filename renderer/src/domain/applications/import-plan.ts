/**
 * What an import would do, worked out before anything is written: which rows add an
 * application, which replace one with the same id (a re-imported export), which are refused.
 * The screen shows the plan; only the user's confirmation applies it.
 */
import type { Application, ApplicationsSection } from '../../../../preload/contract/applications-section';
import { uniqueId } from '../unique-id';
import type { ImportedRow } from './applications-csv';

export interface ImportPlan {
  added: Application[];
  replaced: Application[];
  refused: Extract<ImportedRow, { ok: false }>[];
}

export function planImport(section: ApplicationsSection, rows: readonly ImportedRow[]): ImportPlan {
  const existing = new Set(section.applications.map((a) => a.id));
  const taken = new Set(existing);
  const replacedIds = new Set<string>();
  const plan: ImportPlan = { added: [], replaced: [], refused: [] };
  for (const row of rows) {
    if (!row.ok) {
      plan.refused.push(row);
      continue;
    }
    const { application, keptId } = row;
    // A second row with the same id is added under a new id rather than lost.
    if (keptId && existing.has(application.id) && !replacedIds.has(application.id)) {
      replacedIds.add(application.id);
      plan.replaced.push(application);
      continue;
    }
    const id =
      keptId && !taken.has(application.id)
        ? application.id
        : uniqueId(application.organisation, taken, 'application');
    taken.add(id);
    plan.added.push({ ...application, id });
  }
  return plan;
}

/** The section after the plan: replaced applications keep their place, added ones go last. */
export function applyImport(section: ApplicationsSection, plan: ImportPlan): ApplicationsSection {
  const replacements = new Map(plan.replaced.map((a) => [a.id, a]));
  // An imported stage the board no longer shows would hide the card: bring it back.
  const used = new Set([...plan.added, ...plan.replaced].map((a) => a.stageId));
  return {
    ...section,
    stages: section.stages.map((stage) => (used.has(stage.id) ? { ...stage, archived: false } : stage)),
    applications: [...section.applications.map((a) => replacements.get(a.id) ?? a), ...plan.added],
  };
}
