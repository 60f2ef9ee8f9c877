/**
 * The scheduler: one person works through the milestones in order (prerequisites first),
 * filling each week up to its capacity: the profile's hours, a per-week override, or zero
 * in a blackout week. Weeks are calendar weeks in the user's locale (date-fns
 * startOfWeek), so daylight-saving changes and 29 February need no special cases.
 * Time is counted in quarter hours (integers), so capacities and sums stay exact.
 *
 * A plan starting mid-week gets the share of that first week that is left (5 of 7 days
 * from a Wednesday, in a Monday-first locale).
 *
 * Done and skipped milestones take no time. A milestone's remaining work is its effort
 * less the time logged on it, so logging hours or marking work done re-plans at once and
 * can only bring dates earlier.
 */
import { addDays, addWeeks, differenceInCalendarDays, format, parseISO, startOfWeek } from 'date-fns';
import type { Milestone } from '../../../../preload/contract/path-section';
import { workOrder } from './order';

export const QUARTERS_PER_HOUR = 4;
export const MAX_PLAN_WEEKS = 520;

export interface ScheduleInput {
  milestones: readonly Milestone[];
  /** First day work can happen (ISO day). */
  planStart: string;
  hoursPerWeek: number;
  /** Week start (ISO day) → hours that week. */
  weekOverrides: ReadonlyMap<string, number>;
  blackoutWeeks: ReadonlySet<string>;
  weekStartsOn: 0 | 1;
}

export interface ScheduledMilestone {
  id: string;
  startDate: string;
  endDate: string;
  startWeek: number;
  endWeek: number;
  remainingHours: number;
}

export interface WeekLoad {
  weekStart: string;
  capacityHours: number;
  plannedHours: number;
}

export type ScheduleProblem = 'no-capacity' | 'cycle' | 'unknown-prerequisite' | 'too-long';

export type Schedule =
  | {
      ok: true;
      /** Scheduled milestones by id; done and skipped ones are absent. */
      milestones: Map<string, ScheduledMilestone>;
      weeks: WeekLoad[];
      /** Target domain → the day its last non-"apply" milestone ends (ready to apply). */
      readyDates: Map<string, string>;
    }
  | { ok: false; problem: ScheduleProblem; ids: string[] };

const iso = (date: Date) => format(date, 'yyyy-MM-dd');

const remainingQuarters = (milestone: Milestone) =>
  milestone.status === 'done' || milestone.status === 'skipped'
    ? 0
    : Math.max(
        0,
        milestone.effortHours * QUARTERS_PER_HOUR - Math.round(milestone.hoursLogged * QUARTERS_PER_HOUR),
      );

export function schedulePath(input: ScheduleInput): Schedule {
  const ordered = workOrder(input.milestones);
  if (!ordered.ok) return ordered;
  const start = parseISO(input.planStart);
  const firstWeek = startOfWeek(start, { weekStartsOn: input.weekStartsOn });
  const weekStart = (week: number) => addWeeks(firstWeek, week);
  // Formatting dates is the costly part of a re-plan: each week's capacity is worked out once.
  const capacities: number[] = [];
  const capacity = (week: number) => {
    const known = capacities[week];
    if (known !== undefined) return known;
    const key = iso(weekStart(week));
    const hours = input.blackoutWeeks.has(key) ? 0 : (input.weekOverrides.get(key) ?? input.hoursPerWeek);
    // A plan that starts mid-week gets only the share of that week that is left.
    const daysLeft = week === 0 ? differenceInCalendarDays(weekStart(1), start) : 7;
    capacities[week] = Math.floor((hours * QUARTERS_PER_HOUR * daysLeft) / 7);
    return capacities[week];
  };
  const work = ordered.order.filter(
    (milestone) => milestone.status !== 'done' && milestone.status !== 'skipped',
  );
  const hasWork = work.some((milestone) => remainingQuarters(milestone) > 0);
  const anyCapacity = input.hoursPerWeek > 0 || [...input.weekOverrides.values()].some((hours) => hours > 0);
  if (hasWork && !anyCapacity) return { ok: false, problem: 'no-capacity', ids: [] };

  const planned: number[] = [];
  const scheduled = new Map<string, ScheduledMilestone>();
  let week = 0;
  let used = 0;
  for (const milestone of work) {
    let remaining = remainingQuarters(milestone);
    // Start in the first week (from the cursor on) that still has room.
    while (remaining > 0 && used >= capacity(week)) {
      week += 1;
      used = 0;
      if (week >= MAX_PLAN_WEEKS) return { ok: false, problem: 'too-long', ids: [milestone.id] };
    }
    const startWeek = week;
    while (remaining > 0) {
      const take = Math.min(remaining, capacity(week) - used);
      planned[week] = (planned[week] ?? 0) + take;
      remaining -= take;
      used += take;
      if (remaining > 0) {
        week += 1;
        used = 0;
        if (week >= MAX_PLAN_WEEKS) return { ok: false, problem: 'too-long', ids: [milestone.id] };
      }
    }
    scheduled.set(milestone.id, {
      id: milestone.id,
      startDate: iso(startWeek === 0 ? start : weekStart(startWeek)),
      endDate: iso(addDays(weekStart(week), 6)),
      startWeek,
      endWeek: week,
      remainingHours: remainingQuarters(milestone) / QUARTERS_PER_HOUR,
    });
  }

  const weeks: WeekLoad[] = Array.from({ length: Math.max(planned.length, 1) }, (_, index) => ({
    weekStart: iso(weekStart(index)),
    capacityHours: capacity(index) / QUARTERS_PER_HOUR,
    plannedHours: (planned[index] ?? 0) / QUARTERS_PER_HOUR,
  }));
  const readyDates = new Map<string, string>();
  for (const milestone of work) {
    const slot = scheduled.get(milestone.id);
    if (!slot || milestone.kind === 'apply') continue;
    for (const domainId of milestone.domainIds) {
      const current = readyDates.get(domainId);
      if (!current || slot.endDate > current) readyDates.set(domainId, slot.endDate);
    }
  }
  return { ok: true, milestones: scheduled, weeks, readyDates };
}
