/**
 * The path section in the renderer. Like the skills store, changes run one after another,
 * each built from the section the previous one left, and the screen changes only once
 * main has accepted the new section. The changes themselves are domain/path/path-changes.
 */
import { create } from 'zustand';
import type { Milestone, PathSection } from '../../../preload/contract/path-section';
import { emptyPathSection } from '../../../preload/contract/section-defaults';
import type { ApiError } from '../../../preload/contract/result';
import { mergeGenerated, type MergeOutcome } from '../domain/path/merge';
import * as changes from '../domain/path/path-changes';
import { sectionCommitter } from './section-committer';

export const usePathStore = create<{ section: PathSection }>(() => ({ section: emptyPathSection() }));

const commit = sectionCommitter('path', usePathStore);

/** Applies a generation; returns what the merge did so the UI can ask about kept edits. */
export async function applyGeneration(
  fresh: Milestone[],
  overwriteEdits: boolean,
): Promise<MergeOutcome | ApiError> {
  let outcome: MergeOutcome | null = null;
  const error = await commit((section) => {
    outcome = mergeGenerated(section.milestones, fresh, { overwriteEdits });
    return { ...section, milestones: outcome.milestones };
  });
  return error ?? (outcome as unknown as MergeOutcome);
}

export const updateMilestone = (id: string, change: Partial<Milestone>) =>
  commit((section) => changes.updateMilestone(section, id, change));

export const addMilestone = (milestone: Milestone) =>
  commit((section) => changes.addMilestone(section, milestone));

export const deleteMilestone = (id: string) => commit((section) => changes.deleteMilestone(section, id));

export const moveMilestone = (id: string, by: -1 | 1) =>
  commit((section) => changes.moveMilestone(section, id, by));

export const setStartDate = (startDate: string | null) =>
  commit((section) => changes.setStartDate(section, startDate));

export const setBlackout = (weekStart: string, on: boolean) =>
  commit((section) => changes.setBlackout(section, weekStart, on));

export const acceptBaseline = (baseline: NonNullable<PathSection['baseline']>, startDate: string) =>
  commit((section) => changes.acceptBaseline(section, baseline, startDate));

export const splitMilestone = (id: string, secondTitle: string) =>
  commit((section) => changes.splitMilestone(section, id, secondTitle));

export const setWeekHours = (weekStart: string, hours: number | null) =>
  commit((section) => changes.setWeekHours(section, weekStart, hours));
