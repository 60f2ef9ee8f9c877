/**
 * US states' weekly work-search rules as dated, sourced parameters (issue 14, point 6): how
 * many activities a week, which kinds count, the minimums some kinds must reach, the days
 * they must be spread over, whether an employer contact may be repeated, the fields the
 * state's log asks for, and the state's week. A user whose letter says otherwise edits them:
 * the letter from the state agency is what binds.
 */
import {
  WORK_SEARCH_KINDS,
  type UsWorkSearchState,
  type WorkSearchKind,
} from '../../../../preload/contract/claimant-section';
import type { GigParameter } from './tax-parameters';

export { WORK_SEARCH_KINDS, type WorkSearchKind };

export const LOG_FIELDS = [
  'date',
  'activity-type',
  'employer',
  'address',
  'phone',
  'website-or-email',
  'contact-person',
  'contact-title',
  'method',
  'position',
  'result',
] as const;
export type LogField = (typeof LOG_FIELDS)[number];

export type MinimumCode = 'employer-contacts' | 'applications' | 'priority-activities';

export interface WorkSearchRule {
  state: UsWorkSearchState;
  activitiesPerWeek: GigParameter;
  /** Kinds that count at all; others are logged but do not count. */
  countedKinds: readonly WorkSearchKind[];
  /** At least `count` of the week's activities of these kinds. */
  minimums: readonly { code: MinimumCode; count: number; kinds: readonly WorkSearchKind[] }[];
  /** Connecticut: an employer contact already used (same employer and position) is not one again. */
  noRepeatEmployerContacts: boolean;
  /** New York: the activities on at least this many different days. */
  minDistinctDays: number;
  logFields: readonly LogField[];
  /** 0: Sunday–Saturday; 1: Monday–Sunday. */
  weekStartsOn: 0 | 1;
  weekSource: string;
  weekStatus: 'confirmed' | 'to-check';
}

const READ_ON = '2026-12-01';
const EMPLOYER_KINDS = ['application', 'interview', 'employer-contact'] as const;
const ALL_BUT_OTHER = WORK_SEARCH_KINDS.filter((kind) => kind !== 'other');
// The US benefit week most states use ends on Saturday; we did not find each agency's own
// sentence for it, so the screen marks it "to check" (New York's ends on Sunday).
const SUNDAY_WEEK = 'the claim week, Sunday to Saturday, as in most states';

export const WORK_SEARCH_PRESETS: Record<WorkSearchRule['state'], WorkSearchRule> = {
  // portal.ct.gov/dol, "Work Search FAQs" and "Work Search": at least three activities a
  // week, at least one an employer contact (an interview is one); employer contacts may not
  // be duplicated (the same employer counts again only for another position).
  CT: {
    state: 'CT',
    activitiesPerWeek: {
      value: 3,
      validFrom: '2021-05-30',
      source: 'portal.ct.gov/dol, Work Search FAQs',
      checkedOn: READ_ON,
      status: 'confirmed',
    },
    countedKinds: WORK_SEARCH_KINDS,
    minimums: [{ code: 'employer-contacts', count: 1, kinds: EMPLOYER_KINDS }],
    noRepeatEmployerContacts: true,
    minDistinctDays: 0,
    logFields: ['date', 'employer', 'contact-person', 'website-or-email', 'phone', 'position', 'result'],
    weekStartsOn: 0,
    weekSource: SUNDAY_WEEK,
    weekStatus: 'to-check',
  },
  // dol.ny.gov, "Work Search Frequently Asked Questions" and the Claimant Handbook: at least
  // three activities, on three different days, at least one from the first list (Career
  // Center resources, applications, job fairs and workshops, interviews, pre-hire tests).
  NY: {
    state: 'NY',
    activitiesPerWeek: {
      value: 3,
      validFrom: '2021-05-01',
      source: 'dol.ny.gov, Work Search FAQ and Claimant Handbook',
      checkedOn: READ_ON,
      status: 'confirmed',
    },
    countedKinds: WORK_SEARCH_KINDS,
    minimums: [
      {
        code: 'priority-activities',
        count: 1,
        kinds: ['application', 'interview', 'pre-hire-test', 'job-fair', 'workshop', 'career-center'],
      },
    ],
    noRepeatEmployerContacts: false,
    minDistinctDays: 3,
    logFields: [
      'date',
      'employer',
      'address',
      'website-or-email',
      'phone',
      'contact-person',
      'contact-title',
      'method',
      'position',
    ],
    weekStartsOn: 1,
    weekSource: 'New York claim weeks run Monday to Sunday (Claimant Handbook)',
    weekStatus: 'to-check',
  },
  // 219 NAC 4-004(B): five reemployment activities each benefit week, at least two of them
  // applications for permanent employment; the list in 004(C) is closed, so "other" does not
  // count. Log fields: dol.nebraska.gov, Work Search Announcement.
  NE: {
    state: 'NE',
    activitiesPerWeek: {
      value: 5,
      validFrom: '2015-10-01',
      source: '219 NAC 4-004(B); dol.nebraska.gov',
      checkedOn: READ_ON,
      status: 'confirmed',
    },
    countedKinds: ALL_BUT_OTHER,
    minimums: [{ code: 'applications', count: 2, kinds: ['application'] }],
    noRepeatEmployerContacts: false,
    minDistinctDays: 0,
    logFields: ['date', 'employer', 'address', 'phone', 'contact-person', 'method', 'position'],
    weekStartsOn: 0,
    weekSource: SUNDAY_WEEK,
    weekStatus: 'to-check',
  },
  // TWC sets the number per local workforce area and writes it in each claimant's work
  // search letter; three is the usual figure and the maximum TWC set when it reinstated the
  // requirement (TWC press release of 13 Oct 2020, effective 1 Nov 2020; TWC blog, 12 Nov
  // 2020). Hence "to check": the user types the number from their letter.
  TX: {
    state: 'TX',
    activitiesPerWeek: {
      value: 3,
      validFrom: '2020-11-01',
      source:
        'TWC, 13 Oct 2020 and 12 Nov 2020: set by workforce area (3 at most then); see your work search letter',
      checkedOn: READ_ON,
      status: 'to-check',
    },
    countedKinds: WORK_SEARCH_KINDS,
    minimums: [],
    noRepeatEmployerContacts: false,
    minDistinctDays: 0,
    // Type of activity, type of job, date, contact names and titles, address (postal, e-mail
    // or web form), result (worksearchrequirements.com summarising TWC; to check).
    logFields: [
      'date',
      'activity-type',
      'position',
      'contact-person',
      'contact-title',
      'address',
      'website-or-email',
      'result',
    ],
    weekStartsOn: 0,
    weekSource: SUNDAY_WEEK,
    weekStatus: 'to-check',
  },
};
