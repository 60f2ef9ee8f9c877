import type { Milestone } from '../../preload/contract/path-section';

/** A milestone for tests: only what a case cares about needs saying. */
export function milestone(id: string, effortHours: number, changes: Partial<Milestone> = {}): Milestone {
  return {
    id,
    title: id,
    kind: 'learn',
    skillIds: [],
    domainIds: [],
    effortHours,
    cost: null,
    prerequisites: [],
    status: 'todo',
    hoursLogged: 0,
    link: '',
    notes: '',
    evidence: '',
    generated: false,
    ...changes,
  };
}
