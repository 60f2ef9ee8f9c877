/**
 * Folds a freshly generated path into the user's plan without losing their work:
 * - new milestones are added;
 * - milestones still as the generator wrote them are refreshed (progress, cost, notes kept);
 * - milestones the user edited are kept as they are and listed, unless they said to
 *   overwrite them (the UI asks first);
 * - generated milestones no longer needed (the gap is closed) are removed only if nothing
 *   was done on them.
 */
import type { Milestone } from '../../../../preload/contract/path-section';

export interface MergeOutcome {
  milestones: Milestone[];
  added: string[];
  refreshed: string[];
  /** Edited by the user and different from what the generator now proposes. */
  keptEdits: string[];
  removed: string[];
}

const plan = (m: Milestone) => ({
  title: m.title,
  kind: m.kind,
  skillIds: m.skillIds,
  domainIds: m.domainIds,
  effortHours: m.effortHours,
  prerequisites: m.prerequisites,
});
const samePlan = (a: Milestone, b: Milestone) => JSON.stringify(plan(a)) === JSON.stringify(plan(b));

export function mergeGenerated(
  current: readonly Milestone[],
  fresh: readonly Milestone[],
  options: { overwriteEdits: boolean },
): MergeOutcome {
  const freshById = new Map(fresh.map((m) => [m.id, m]));
  const outcome: MergeOutcome = { milestones: [], added: [], refreshed: [], keptEdits: [], removed: [] };
  for (const existing of current) {
    const proposed = freshById.get(existing.id);
    if (!proposed) {
      const untouched = existing.generated && existing.status === 'todo' && existing.hoursLogged === 0;
      if (untouched) outcome.removed.push(existing.id);
      else outcome.milestones.push(existing);
      continue;
    }
    if (existing.generated || options.overwriteEdits) {
      if (!samePlan(existing, proposed)) outcome.refreshed.push(existing.id);
      outcome.milestones.push({ ...existing, ...plan(proposed), generated: true });
    } else {
      if (!samePlan(existing, proposed)) outcome.keptEdits.push(existing.id);
      outcome.milestones.push(existing);
    }
  }
  const known = new Set(current.map((m) => m.id));
  for (const proposed of fresh) {
    if (known.has(proposed.id)) continue;
    outcome.milestones.push(proposed);
    outcome.added.push(proposed.id);
  }
  // A prerequisite that was removed must not leave a dangling reference.
  const ids = new Set(outcome.milestones.map((m) => m.id));
  outcome.milestones = outcome.milestones.map((m) => ({
    ...m,
    prerequisites: m.prerequisites.filter((id) => ids.has(id)),
  }));
  return outcome;
}
