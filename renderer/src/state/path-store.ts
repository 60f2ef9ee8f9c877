/**
 * The path section in the renderer. Like the skills store, changes run one after another,
 * each built from the section the previous one left, and the screen changes only once
 * main has accepted the new section.
 */
import { create } from 'zustand';
import type { Milestone, PathSection } from '../../../preload/contract/path-section';
import { emptyPathSection } from '../../../preload/contract/path-section';
import type { ApiError } from '../../../preload/contract/result';
import { mergeGenerated, type MergeOutcome } from '../domain/path/merge';
import { sectionCommitter } from './section-committer';

export const usePathStore = create<{ section: PathSection }>(() => ({ section: emptyPathSection() }));

const commit = sectionCommitter('path', usePathStore);

const mapMilestones = (section: PathSection, change: (list: Milestone[]) => Milestone[]): PathSection => ({
  ...section,
  milestones: change(section.milestones),
});

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

// Editing what the milestone is (not how far along it is) makes it the user's own: a new
// generation will then ask before replacing it.
const PLAN_FIELDS: (keyof Milestone)[] = [
  'title',
  'kind',
  'skillIds',
  'domainIds',
  'effortHours',
  'prerequisites',
];

export const updateMilestone = (id: string, change: Partial<Milestone>) =>
  commit((section) =>
    mapMilestones(section, (list) =>
      list.map((m) =>
        m.id === id
          ? { ...m, ...change, generated: m.generated && !PLAN_FIELDS.some((field) => field in change) }
          : m,
      ),
    ),
  );

export const addMilestone = (milestone: Milestone) =>
  commit((section) => mapMilestones(section, (list) => [...list, milestone]));

export const deleteMilestone = (id: string) =>
  commit((section) =>
    mapMilestones(section, (list) =>
      list
        .filter((m) => m.id !== id)
        .map((m) => ({ ...m, prerequisites: m.prerequisites.filter((p) => p !== id) })),
    ),
  );

export const moveMilestone = (id: string, by: -1 | 1) =>
  commit((section) =>
    mapMilestones(section, (list) => {
      const index = list.findIndex((m) => m.id === id);
      const target = index + by;
      if (index < 0 || target < 0 || target >= list.length) return list;
      const copy = [...list];
      [copy[index], copy[target]] = [copy[target] as Milestone, copy[index] as Milestone];
      return copy;
    }),
  );

export const setStartDate = (startDate: string | null) => commit((section) => ({ ...section, startDate }));

export const setBlackout = (weekStart: string, on: boolean) =>
  commit((section) => ({
    ...section,
    blackoutWeeks: on
      ? [...new Set([...section.blackoutWeeks, weekStart])].sort()
      : section.blackoutWeeks.filter((w) => w !== weekStart),
  }));

export const acceptBaseline = (baseline: NonNullable<PathSection['baseline']>, startDate: string) =>
  commit((section) => ({ ...section, baseline, startDate }));

/**
 * Splits a milestone into two that together take its effort; the second waits for the
 * first, and whatever waited for the original now waits for the second.
 */
export const splitMilestone = (id: string, secondTitle: string) =>
  commit((section) =>
    mapMilestones(section, (list) => {
      const original = list.find((m) => m.id === id);
      if (!original || original.effortHours < 2) return list;
      const taken = new Set(list.map((m) => m.id));
      let secondId = `${id}-part-2`.slice(0, 64);
      for (let n = 3; taken.has(secondId); n += 1) secondId = `${id}-part-${n}`.slice(0, 64);
      const firstEffort = Math.ceil(original.effortHours / 2);
      const first: Milestone = { ...original, effortHours: firstEffort, generated: false };
      const second: Milestone = {
        ...original,
        id: secondId,
        title: secondTitle,
        effortHours: original.effortHours - firstEffort,
        prerequisites: [id],
        hoursLogged: 0,
        status: original.status === 'done' ? 'done' : 'todo',
        cost: null,
        generated: false,
      };
      return list.flatMap((m) => {
        if (m.id === id) return [first, second];
        return [{ ...m, prerequisites: m.prerequisites.map((p) => (p === id ? secondId : p)) }];
      });
    }),
  );

export const setWeekHours = (weekStart: string, hours: number | null) =>
  commit((section) => ({
    ...section,
    weekOverrides: [
      ...section.weekOverrides.filter((entry) => entry.weekStart !== weekStart),
      ...(hours === null ? [] : [{ weekStart, hours }]),
    ].sort((a, b) => a.weekStart.localeCompare(b.weekStart)),
  }));
