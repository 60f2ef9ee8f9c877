/** The live schedule and progress, derived from the path section, the profile and today. */
import { useMemo } from 'react';
import { planStartFor, progressAgainst, totalLoggedHours } from '../domain/path/progress';
import { scheduleFor } from '../domain/path/plan-schedule';
import { useFormatters } from '../components/use-formatters';
import { useToday } from '../components/use-today';
import { usePathStore } from '../state/path-store';
import { useProfileStore } from '../state/profile-store';

export function usePathView() {
  const section = usePathStore((state) => state.section);
  const hoursPerWeek = useProfileStore((state) => state.profile?.hoursPerWeek ?? 0);
  const { dateLocale } = useFormatters();
  // Fixed for the life of the screen, so the schedule does not shift while it is shown.
  const today = useToday();
  const weekStartsOn: 0 | 1 = dateLocale.options?.weekStartsOn === 0 ? 0 : 1;
  return useMemo(() => {
    const planStart = planStartFor(section.startDate, today);
    const schedule = scheduleFor(section, hoursPerWeek, today, weekStartsOn);
    const logged = totalLoggedHours(section.milestones);
    const progress = section.baseline ? progressAgainst(section.baseline, logged, today) : null;
    return { section, schedule, today, planStart, logged, progress, hoursPerWeek, weekStartsOn };
  }, [section, hoursPerWeek, today, weekStartsOn]);
}
