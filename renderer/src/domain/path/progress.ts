/**
 * Progress against the plan the user accepted (the baseline): hours the baseline planned
 * for the weeks already over, against hours logged since it was accepted. Behind by more
 * than an hour means "behind schedule", and the live schedule (remaining work from this
 * week on) is offered as the re-plan to accept.
 */
import { addDays, format, parseISO } from 'date-fns';
import type { Milestone, PathSection } from '../../../../preload/contract/path-section';
import type { WeekLoad } from './schedule';

export const BEHIND_TOLERANCE_HOURS = 1;

export type Baseline = NonNullable<PathSection['baseline']>;

export const totalLoggedHours = (milestones: readonly Milestone[]): number =>
  milestones.reduce((sum, milestone) => sum + milestone.hoursLogged, 0);

export function baselineFrom(weeks: readonly WeekLoad[], acceptedOn: string, loggedHours: number): Baseline {
  return {
    acceptedOn,
    loggedHours,
    plannedWeeks: weeks
      .filter((week) => week.plannedHours > 0)
      .map((week) => ({ weekStart: week.weekStart, hours: week.plannedHours })),
  };
}

export interface Progress {
  plannedToDate: number;
  loggedSinceBaseline: number;
  /** Hours behind the baseline (0 when on track or ahead). */
  behindBy: number;
  behind: boolean;
}

export function progressAgainst(baseline: Baseline, loggedHours: number, today: string): Progress {
  const now = parseISO(today);
  // Only weeks that are over count: the current week is still being worked.
  const plannedToDate = baseline.plannedWeeks
    .filter((week) => format(addDays(parseISO(week.weekStart), 7), 'yyyy-MM-dd') <= format(now, 'yyyy-MM-dd'))
    .reduce((sum, week) => sum + week.hours, 0);
  const loggedSinceBaseline = Math.max(0, loggedHours - baseline.loggedHours);
  const behindBy = Math.max(0, plannedToDate - loggedSinceBaseline);
  return { plannedToDate, loggedSinceBaseline, behindBy, behind: behindBy > BEHIND_TOLERANCE_HOURS };
}

/** Work starts from the plan's start date, or today once that has passed. */
export const planStartFor = (startDate: string | null, today: string): string =>
  startDate !== null && startDate > today ? startDate : today;
