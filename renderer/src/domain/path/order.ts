/**
 * The order milestones are worked in: prerequisites first, otherwise the user's own order
 * (Kahn's algorithm, always taking the earliest-listed milestone that is free to start).
 */
import type { Milestone } from '../../../../preload/contract/path-section';

export type OrderResult =
  { ok: true; order: Milestone[] } | { ok: false; problem: 'cycle' | 'unknown-prerequisite'; ids: string[] };

export function workOrder(milestones: readonly Milestone[]): OrderResult {
  const byId = new Map(milestones.map((milestone) => [milestone.id, milestone]));
  const unknown = milestones.filter((m) => m.prerequisites.some((id) => !byId.has(id))).map((m) => m.id);
  if (unknown.length > 0) return { ok: false, problem: 'unknown-prerequisite', ids: unknown };

  const waitingOn = new Map(milestones.map((m) => [m.id, new Set(m.prerequisites)]));
  const order: Milestone[] = [];
  const placed = new Set<string>();
  while (order.length < milestones.length) {
    const next = milestones.find(
      (m) => !placed.has(m.id) && [...(waitingOn.get(m.id) ?? [])].every((id) => placed.has(id)),
    );
    if (!next)
      return {
        ok: false,
        problem: 'cycle',
        ids: milestones.filter((m) => !placed.has(m.id)).map((m) => m.id),
      };
    order.push(next);
    placed.add(next.id);
  }
  return { ok: true, order };
}
