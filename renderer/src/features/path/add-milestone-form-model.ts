/**
 * Adding a milestone of the user's own: a title, a kind and the hours it takes, checked with
 * the same limits as editing one (MILESTONE_LIMITS, through milestone-details-form-model).
 */
import { z } from 'zod';
import {
  MILESTONE_KINDS,
  MILESTONE_LIMITS,
  type Milestone,
  type MilestoneKind,
} from '../../../../preload/contract/path-section';
import { wholeNumberFromText } from '../../domain/forms/typed-fields';
import { newMilestone } from '../../domain/path/new-milestone';
import { effortField, milestoneTitleField } from './milestone-details-form-model';

export interface AddMilestoneValues {
  title: string;
  kind: MilestoneKind;
  effort: string;
}

export const blankAddMilestone = (): AddMilestoneValues => ({ title: '', kind: 'learn', effort: '5' });

export function addMilestoneSchema() {
  return z.object({ title: milestoneTitleField(), kind: z.enum(MILESTONE_KINDS), effort: effortField() });
}

/** The new milestone from values the schema accepted; `id` is chosen by the caller (unique). */
export function toNewMilestone(values: AddMilestoneValues, id: string): Milestone {
  const hours =
    wholeNumberFromText(values.effort, MILESTONE_LIMITS.effortHours) ?? MILESTONE_LIMITS.effortHours.min;
  return newMilestone(id, values.title.trim(), values.kind, hours, false);
}
