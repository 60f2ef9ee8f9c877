/**
 * The weekly work-search check: for each week of the state's calendar (us-work-search-presets),
 * whether the logged activities meet the rule, and if not, every reason why with what was
 * done and what is needed, so the screen can say "2 of 3 activities; no employer contact".
 */
import { eachWeekOfInterval, endOfWeek, format, parseISO, startOfWeek } from 'date-fns';
import type { MinimumCode, WorkSearchKind, WorkSearchRule } from './us-work-search-presets';

export interface WorkSearchActivity {
  id: string;
  day: string;
  kind: WorkSearchKind;
  employer: string;
  position: string;
}

export type WeekReason =
  | { code: 'too-few-activities'; have: number; need: number }
  | { code: 'too-few-days'; have: number; need: number }
  | { code: MinimumCode; have: number; need: number };

export interface WeekCheck {
  weekStart: string;
  weekEnd: string;
  /** Activities that count toward the week's number. */
  counted: number;
  met: boolean;
  reasons: WeekReason[];
  /** Employer contacts already used in an earlier activity: they count only as activities. */
  repeats: string[];
  /** Activities of a kind the state does not count. */
  notCounted: string[];
}

const iso = (date: Date) => format(date, 'yyyy-MM-dd');
const same = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** Employer contacts whose employer and position were already used in an earlier one. */
function repeatedContacts(rule: WorkSearchRule, activities: readonly WorkSearchActivity[]): Set<string> {
  const repeats = new Set<string>();
  if (!rule.noRepeatEmployerContacts) return repeats;
  const employerKinds = new Set(rule.minimums.find((m) => m.code === 'employer-contacts')?.kinds ?? []);
  const seen = new Set<string>();
  const byDay = [...activities].sort((a, b) => a.day.localeCompare(b.day));
  for (const activity of byDay) {
    if (!employerKinds.has(activity.kind) || same(activity.employer) === '') continue;
    const key = `${same(activity.employer)}|${same(activity.position)}`;
    if (seen.has(key)) repeats.add(activity.id);
    seen.add(key);
  }
  return repeats;
}

/** Every week from the one holding `from` to the one holding `to`, empty weeks included. */
export function checkWorkSearchWeeks(
  rule: WorkSearchRule,
  activities: readonly WorkSearchActivity[],
  from: string,
  to: string,
): WeekCheck[] {
  const options = { weekStartsOn: rule.weekStartsOn };
  const repeats = repeatedContacts(rule, activities);
  const counted = new Set(rule.countedKinds);
  const weeks = eachWeekOfInterval({ start: parseISO(from), end: parseISO(to) }, options);
  return weeks.map((start) => {
    const weekStart = iso(start);
    const weekEnd = iso(endOfWeek(start, options));
    const inWeek = activities.filter((a) => iso(startOfWeek(parseISO(a.day), options)) === weekStart);
    const countable = inWeek.filter((a) => counted.has(a.kind));
    const need = rule.activitiesPerWeek.value;
    const reasons: WeekReason[] = [];
    if (countable.length < need) reasons.push({ code: 'too-few-activities', have: countable.length, need });
    const days = new Set(countable.map((a) => a.day)).size;
    if (days < rule.minDistinctDays)
      reasons.push({ code: 'too-few-days', have: days, need: rule.minDistinctDays });
    for (const minimum of rule.minimums) {
      const kinds = new Set<WorkSearchKind>(minimum.kinds);
      const have = countable.filter((a) => kinds.has(a.kind) && !repeats.has(a.id)).length;
      if (have < minimum.count) reasons.push({ code: minimum.code, have, need: minimum.count });
    }
    return {
      weekStart,
      weekEnd,
      counted: countable.length,
      met: reasons.length === 0,
      reasons,
      repeats: inWeek.filter((a) => repeats.has(a.id)).map((a) => a.id),
      notCounted: inWeek.filter((a) => !counted.has(a.kind)).map((a) => a.id),
    };
  });
}
