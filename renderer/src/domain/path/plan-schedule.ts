/** The saved path scheduled from today with a given weekly capacity, and its earliest ready date. */
import type { PathSection } from '../../../../preload/contract/path-section';
import { planStartFor } from './progress';
import { schedulePath, type Schedule } from './schedule';

export function scheduleFor(
  section: PathSection,
  hoursPerWeek: number,
  today: string,
  weekStartsOn: 0 | 1,
): Schedule {
  return schedulePath({
    milestones: section.milestones,
    planStart: planStartFor(section.startDate, today),
    hoursPerWeek,
    weekOverrides: new Map(section.weekOverrides.map((entry) => [entry.weekStart, entry.hours])),
    blackoutWeeks: new Set(section.blackoutWeeks),
    weekStartsOn,
  });
}

/**
 * The day the user is ready to apply for their first target: the earliest target ready date,
 * today when nothing is left to do, or null without a plan (or with one that cannot be scheduled).
 */
export function earliestReadyDate(schedule: Schedule, section: PathSection, today: string): string | null {
  if (!schedule.ok || section.milestones.length === 0) return null;
  const dates = [...schedule.readyDates.values()].sort();
  return dates[0] ?? today;
}
