/**
 * Statistics from the stage history, not the current stage: an application rejected after
 * an interview still counts in the funnel's Interview bar.
 */
import { addWeeks, format, parseISO, startOfWeek, type Locale } from 'date-fns';
import { dayIndex, isoWeekStart } from '../day-index';
import type { Application, Stage } from '../../../../preload/contract/applications-section';
import { activeStages, stagesReached } from './stages';

export interface FunnelStep {
  stageId: string;
  reached: number;
}

/** How many applications ever reached each board stage that is not an ending. */
export function funnel(applications: readonly Application[], stages: readonly Stage[]): FunnelStep[] {
  const reached = applications.map(stagesReached);
  return activeStages(stages)
    .filter((stage) => stage.kind !== 'closed')
    .map((stage) => ({ stageId: stage.id, reached: reached.filter((set) => set.has(stage.id)).length }));
}

/** Stages that mean "no answer": the ones before a reply, and silence itself. */
const NO_ANSWER = new Set(['saved', 'applied', 'ghosted', 'withdrawn']);

/**
 * Of the applications sent, how many got any answer (a rejection is an answer). Sent means
 * an applied date or an Applied entry in the history.
 */
export function responseRate(applications: readonly Application[]): { sent: number; answered: number } {
  const sent = applications.filter((a) => a.appliedOn !== null || stagesReached(a).has('applied'));
  const answered = sent.filter((a) => [...stagesReached(a)].some((stageId) => !NO_ANSWER.has(stageId)));
  return { sent: sent.length, answered: answered.length };
}

export interface StageTime {
  stageId: string;
  /** Finished stays in the stage, and their total length in days. */
  stays: number;
  totalDays: number;
}

/**
 * Time spent in each stage: a stay runs from its history entry to the next one. Stays still
 * running are left out, so a fresh application does not make a stage look quick.
 */
export function timeInStage(applications: readonly Application[]): StageTime[] {
  const byStage = new Map<string, StageTime>();
  for (const application of applications) {
    application.history.forEach((entry, index) => {
      const next = application.history[index + 1];
      if (!next) return;
      const time = byStage.get(entry.stageId) ?? { stageId: entry.stageId, stays: 0, totalDays: 0 };
      time.stays += 1;
      time.totalDays += Math.max(0, dayIndex(next.on) - dayIndex(entry.on));
      byStage.set(entry.stageId, time);
    });
  }
  return [...byStage.values()];
}

export interface WeekCount {
  weekStart: string;
  applied: number;
}

/** Applications sent per week for the `weeks` weeks ending with today's, in the locale's weeks. */
export function appliedPerWeek(
  applications: readonly Application[],
  today: string,
  weeks: number,
  locale: Locale,
): WeekCount[] {
  const thisWeek = startOfWeek(parseISO(today), { locale });
  const starts = Array.from({ length: weeks }, (_, i) =>
    format(addWeeks(thisWeek, i - weeks + 1), 'yyyy-MM-dd'),
  );
  const counts = new Map(starts.map((start) => [start, 0]));
  for (const application of applications) {
    if (application.appliedOn === null) continue;
    const week = isoWeekStart(application.appliedOn, locale);
    const count = counts.get(week);
    if (count !== undefined) counts.set(week, count + 1);
  }
  return starts.map((weekStart) => ({ weekStart, applied: counts.get(weekStart) ?? 0 }));
}
