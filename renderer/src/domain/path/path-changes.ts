/**
 * Changes to the path section as pure functions, (section, change) → section: the store only
 * queues them and sends the result to main. Each keeps the section's own rules: edits that
 * change what a milestone is make it the user's own, and no milestone is left waiting for one
 * that is gone.
 */
import type { Milestone, PathSection } from '../../../../preload/contract/path-section';

const mapMilestones = (section: PathSection, change: (list: Milestone[]) => Milestone[]): PathSection => ({
  ...section,
  milestones: change(section.milestones),
});

/**
 * Editing what the milestone is (not how far along it is) makes it the user's own: a new
 * generation will then ask before replacing it.
 */
export const PLAN_FIELDS: readonly (keyof Milestone)[] = [
  'title',
  'kind',
  'skillIds',
  'domainIds',
  'effortHours',
  'prerequisites',
];

export const updateMilestone = (section: PathSection, id: string, change: Partial<Milestone>): PathSection =>
  mapMilestones(section, (list) =>
    list.map((m) =>
      m.id === id
        ? { ...m, ...change, generated: m.generated && !PLAN_FIELDS.some((field) => field in change) }
        : m,
    ),
  );

export const addMilestone = (section: PathSection, milestone: Milestone): PathSection =>
  mapMilestones(section, (list) => [...list, milestone]);

/** Removes the milestone and every prerequisite that named it. */
export const deleteMilestone = (section: PathSection, id: string): PathSection =>
  mapMilestones(section, (list) =>
    list
      .filter((m) => m.id !== id)
      .map((m) => ({ ...m, prerequisites: m.prerequisites.filter((p) => p !== id) })),
  );

/** One place up or down the user's order; nothing moves past either end. */
export const moveMilestone = (section: PathSection, id: string, by: -1 | 1): PathSection =>
  mapMilestones(section, (list) => {
    const index = list.findIndex((m) => m.id === id);
    const target = index + by;
    if (index < 0 || target < 0 || target >= list.length) return list;
    const copy = [...list];
    [copy[index], copy[target]] = [copy[target] as Milestone, copy[index] as Milestone];
    return copy;
  });

const freeId = (taken: ReadonlySet<string>, id: string): string => {
  let candidate = `${id}-part-2`.slice(0, 64);
  for (let n = 3; taken.has(candidate); n += 1) candidate = `${id}-part-${n}`.slice(0, 64);
  return candidate;
};

/**
 * Splits a milestone into two that together take its effort (the first half rounded up);
 * the second waits for the first, and whatever waited for the original now waits for the
 * second. A milestone under 2 hours cannot be split.
 */
export const splitMilestone = (section: PathSection, id: string, secondTitle: string): PathSection =>
  mapMilestones(section, (list) => {
    const original = list.find((m) => m.id === id);
    if (!original || original.effortHours < 2) return list;
    const secondId = freeId(new Set(list.map((m) => m.id)), id);
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
  });

export const setStartDate = (section: PathSection, startDate: string | null): PathSection => ({
  ...section,
  startDate,
});

/** Weeks off, kept sorted and without repeats. */
export const setBlackout = (section: PathSection, weekStart: string, on: boolean): PathSection => ({
  ...section,
  blackoutWeeks: on
    ? [...new Set([...section.blackoutWeeks, weekStart])].sort()
    : section.blackoutWeeks.filter((w) => w !== weekStart),
});

export const acceptBaseline = (
  section: PathSection,
  baseline: NonNullable<PathSection['baseline']>,
  startDate: string,
): PathSection => ({ ...section, baseline, startDate });

/** A week with other hours than the profile's; null goes back to the usual hours. */
export const setWeekHours = (section: PathSection, weekStart: string, hours: number | null): PathSection => ({
  ...section,
  weekOverrides: [
    ...section.weekOverrides.filter((entry) => entry.weekStart !== weekStart),
    ...(hours === null ? [] : [{ weekStart, hours }]),
  ].sort((a, b) => a.weekStart.localeCompare(b.weekStart)),
});
