/**
 * Which sentence tells the user how they stand against the plan they accepted. Chosen here,
 * not in the screen, so that "0 hours logged of 0 planned" can never be said: until a planned
 * week is over nothing is due, and the user is told when the first hours fall due instead;
 * hours logged beyond what is due are called ahead, not merely "on track".
 */
import { addDays, format, parseISO } from 'date-fns';
import type { Baseline, Progress } from './progress';

/** The plan's first planned week: its hours, and the last day of that week (when they are due). */
export interface FirstDue {
  hours: number;
  by: string;
}

export type PlanStanding =
  | { kind: 'behind'; behindBy: number }
  /** No planned week is over yet and nothing is logged. */
  | { kind: 'nothing-due'; firstDue: FirstDue }
  /** No planned week is over yet; some of the first week's hours are logged. */
  | { kind: 'started-early'; logged: number; firstDue: FirstDue }
  /** No planned week is over yet, and the first week's hours are already logged. */
  | { kind: 'ahead-early'; logged: number; firstDue: FirstDue }
  | { kind: 'on-track'; logged: number; planned: number }
  | { kind: 'ahead'; logged: number; planned: number; aheadBy: number }
  /** The accepted plan had no hours in it (everything was done when it was accepted). */
  | { kind: 'nothing-planned'; logged: number };

export function planStanding(baseline: Baseline, progress: Progress): PlanStanding {
  const logged = progress.loggedSinceBaseline;
  if (progress.behind) return { kind: 'behind', behindBy: progress.behindBy };
  if (progress.plannedToDate > 0) {
    const planned = progress.plannedToDate;
    return logged > planned
      ? { kind: 'ahead', logged, planned, aheadBy: logged - planned }
      : { kind: 'on-track', logged, planned };
  }
  // Nothing planned is over yet, so the earliest planned week is still to come (or under way).
  const first = [...baseline.plannedWeeks].sort((a, b) => a.weekStart.localeCompare(b.weekStart))[0];
  if (first === undefined) return { kind: 'nothing-planned', logged };
  const firstDue = { hours: first.hours, by: format(addDays(parseISO(first.weekStart), 6), 'yyyy-MM-dd') };
  if (logged === 0) return { kind: 'nothing-due', firstDue };
  return logged >= first.hours
    ? { kind: 'ahead-early', logged, firstDue }
    : { kind: 'started-early', logged, firstDue };
}
