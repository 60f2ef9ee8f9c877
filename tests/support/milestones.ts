import type { Milestone } from '../../preload/contract/path-section';
import { newMilestone } from '../../renderer/src/domain/path/new-milestone';

/** A milestone for tests: only what a case cares about needs saying. */
export function milestone(id: string, effortHours: number, changes: Partial<Milestone> = {}): Milestone {
  return { ...newMilestone(id, id, 'learn', effortHours, false), ...changes };
}
