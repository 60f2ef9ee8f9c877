/**
 * The claimant section's edits as pure rules (section → section): the US state, the user's
 * own figures where their letter differs from the preset, and the work-search log. Then the
 * state's log as the state asks for it: only the preset's fields, in its order, for a period
 * (its CSV is in claimant-log-csv.ts, so Today, which reads the rule, does not load the CSV
 * writer).
 *
 * Limits are not checked here: main refuses a section past CLAIMANT_LIMITS and the screen
 * asks `roomForActivities` first.
 */
import {
  CLAIMANT_LIMITS,
  type ClaimantSection,
  type UsWorkSearchState,
  type WorkSearchActivityRecord,
} from '../../../../preload/contract/claimant-section';
import { uniqueId } from '../unique-id';
import { WORK_SEARCH_PRESETS, type LogField, type WorkSearchRule } from './us-work-search-presets';

export type WorkSearchActivityFields = Omit<WorkSearchActivityRecord, 'id'>;

export function setUsState(section: ClaimantSection, state: UsWorkSearchState | null): ClaimantSection {
  return { ...section, usState: state };
}

/** The number on the user's letter; null goes back to the state's preset. */
export function setActivitiesPerWeek(section: ClaimantSection, count: number | null): ClaimantSection {
  return { ...section, activitiesPerWeek: count };
}

/** France: the hours in the user's contrat d'engagement; null goes back to the rule's 15 h. */
export function setWeeklyActivityHours(section: ClaimantSection, hours: number | null): ClaimantSection {
  return { ...section, weeklyActivityHours: hours };
}

export function roomForActivities(section: ClaimantSection): number {
  return Math.max(0, CLAIMANT_LIMITS.activities - section.activities.length);
}

/** Ids read like the entry ("2026-11-16-acme"), so a diagnostics line or a test names it. */
export function addActivity(section: ClaimantSection, fields: WorkSearchActivityFields): ClaimantSection {
  const taken = new Set(section.activities.map((a) => a.id));
  const id = uniqueId(`${fields.day} ${fields.employer || fields.kind}`, taken, 'activity');
  return { ...section, activities: [...section.activities, { id, ...fields }] };
}

export function updateActivity(
  section: ClaimantSection,
  id: string,
  fields: WorkSearchActivityFields,
): ClaimantSection {
  return { ...section, activities: section.activities.map((a) => (a.id === id ? { id, ...fields } : a)) };
}

export function removeActivity(section: ClaimantSection, id: string): ClaimantSection {
  return { ...section, activities: section.activities.filter((a) => a.id !== id) };
}

/**
 * The state's rule as it applies to this user: the preset, with the number from their
 * letter when they typed one (its source then says so, and it is no longer "to check").
 */
export function ruleFor(section: ClaimantSection): WorkSearchRule | null {
  if (section.usState === null) return null;
  const preset = WORK_SEARCH_PRESETS[section.usState];
  if (section.activitiesPerWeek === null) return preset;
  return {
    ...preset,
    activitiesPerWeek: {
      ...preset.activitiesPerWeek,
      value: section.activitiesPerWeek,
      source: 'letter',
      status: 'confirmed',
    },
  };
}

/** Each log field's value on an activity; the kind and the day are worded by the caller. */
const CELL: Record<LogField, (a: WorkSearchActivityRecord) => string> = {
  date: (a) => a.day,
  'activity-type': (a) => a.kind,
  employer: (a) => a.employer,
  address: (a) => a.address,
  phone: (a) => a.phone,
  'website-or-email': (a) => a.websiteOrEmail,
  'contact-person': (a) => a.contactPerson,
  'contact-title': (a) => a.contactTitle,
  method: (a) => a.method,
  position: (a) => a.position,
  result: (a) => a.result,
};

export interface LogWording {
  field: (field: LogField) => string;
  kind: (kind: WorkSearchActivityRecord['kind']) => string;
  day: (iso: string) => string;
}

export interface StateLog {
  header: string[];
  rows: string[][];
}

/**
 * The state's log for the days from `from` to `to` (either null: open), oldest first: one
 * column per field of the state's log, in the state's order, nothing else.
 */
export function stateLog(
  rule: WorkSearchRule,
  activities: readonly WorkSearchActivityRecord[],
  range: { from: string | null; to: string | null },
  wording: LogWording,
): StateLog {
  const inRange = activities
    .filter((a) => (range.from === null || a.day >= range.from) && (range.to === null || a.day <= range.to))
    // Stable: activities of one day stay in the order they were logged.
    .sort((a, b) => a.day.localeCompare(b.day));
  return {
    header: rule.logFields.map(wording.field),
    rows: inRange.map((a) =>
      rule.logFields.map((field) => {
        if (field === 'date') return wording.day(a.day);
        if (field === 'activity-type') return wording.kind(a.kind);
        return CELL[field](a);
      }),
    ),
  };
}
