import type { Milestone, MilestoneKind } from '../../../../preload/contract/path-section';

/** A milestone with nothing done on it yet; everything optional left empty. */
export function newMilestone(
  id: string,
  title: string,
  kind: MilestoneKind,
  effortHours: number,
  generated: boolean,
): Milestone {
  return {
    id,
    title,
    kind,
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
    generated,
  };
}
