/**
 * The claimant's duties as they stand today, for the Duties screen and Today's reminders: the
 * US state's rule (with the user's own figure) and its weekly check, France's weekly activity
 * hours against the contract's target, and the actualisation window. Light domain modules
 * only: Today imports this.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { format, parseISO, subWeeks } from 'date-fns';
import { useToday } from '../components/use-today';
import {
  actualisationOn,
  FRANCE_DUTY_PARAMETERS,
  gigActivity,
  weeklyActivity,
} from '../domain/gig/claimant-duties';
import { ruleFor } from '../domain/gig/claimant-log';
import { checkWorkSearchWeeks, type WeekReason } from '../domain/gig/us-work-search-check';
import { useClaimantStore } from '../state/claimant-store';
import { useGigStore } from '../state/gig-store';
import { useProfileStore } from '../state/profile-store';

/** `weeks`: how many weeks back the checks go, this week included. */
export function useDutiesView(weeks: number) {
  const claimant = useClaimantStore((state) => state.section);
  const gig = useGigStore((state) => state.section);
  const country = useProfileStore((state) => state.profile?.country ?? 'US');
  const today = useToday();
  return useMemo(() => {
    const from = format(subWeeks(parseISO(today), weeks - 1), 'yyyy-MM-dd');
    const rule = ruleFor(claimant);
    // Newest first: the week in progress is what the user looks for.
    const checks = rule ? checkWorkSearchWeeks(rule, claimant.activities, from, today).reverse() : [];
    const targetMinutes =
      claimant.weeklyActivityHours === null
        ? FRANCE_DUTY_PARAMETERS.weeklyActivityMinutes.value
        : claimant.weeklyActivityHours * 60;
    const activityWeeks = weeklyActivity(gigActivity(gig), from, today, targetMinutes).reverse();
    return {
      today,
      country,
      claimant,
      gig,
      rule,
      checks,
      activityWeeks,
      targetMinutes,
      actualisation: actualisationOn(today),
    };
  }, [claimant, gig, country, today, weeks]);
}

export type DutiesView = ReturnType<typeof useDutiesView>;

/** A week's reasons in words: "2 of 3 activities, 0 of 1 employer contacts". */
export function useReasonsText(): (reasons: readonly WeekReason[]) => string {
  const { t } = useTranslation();
  return (reasons) =>
    reasons
      .map((reason) => t(`duties.us.check.reasons.${reason.code}`, { have: reason.have, need: reason.need }))
      .join(', ');
}

/** Minutes as hours in the locale's decimals, to the quarter hour at most: 150 → 2.5. */
export const hoursOf = (minutes: number) => Math.round((minutes / 60) * 100) / 100;
