import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { emptyGigSection, type GigSection } from '../../../preload/contract/gig-section';
import {
  actualisationOn,
  actualisationWindow,
  declarationFor,
  gigActivity,
  weeklyActivity,
} from '../../../renderer/src/domain/gig/claimant-duties';
import {
  checkWorkSearchWeeks,
  type WorkSearchActivity,
} from '../../../renderer/src/domain/gig/us-work-search-check';
import {
  WORK_SEARCH_KINDS,
  WORK_SEARCH_PRESETS,
} from '../../../renderer/src/domain/gig/us-work-search-presets';
import { entry, platform, screening } from './gig-builders';

describe('France: the monthly actualisation', () => {
  it('runs from the 28th of the month to the 15th of the next', () => {
    expect(actualisationWindow('2026-11')).toEqual({
      month: '2026-11',
      opensOn: '2026-11-28',
      closesOn: '2026-12-15',
    });
    expect(actualisationWindow('2026-02')).toEqual({
      month: '2026-02',
      opensOn: '2026-02-28',
      closesOn: '2026-03-15',
    });
    expect(actualisationWindow('2026-12').closesOn).toBe('2027-01-15');
  });

  it('says which month is open on a day, and the days left counting that day', () => {
    expect(actualisationOn('2026-11-18')).toEqual({ open: false, next: actualisationWindow('2026-11') });
    // 28 Nov to 15 Dec: 17 days later, 18 days counting today
    expect(actualisationOn('2026-11-28')).toEqual({
      open: true,
      window: actualisationWindow('2026-11'),
      daysLeft: 18,
    });
    expect(actualisationOn('2026-12-15')).toMatchObject({
      open: true,
      window: { month: '2026-11' },
      daysLeft: 1,
    });
    expect(actualisationOn('2026-12-16')).toEqual({ open: false, next: actualisationWindow('2026-12') });
    // New Year: December is being declared until 15 January (3 → 15 Jan: 13 days)
    expect(actualisationOn('2027-01-03')).toMatchObject({
      open: true,
      window: { month: '2026-12' },
      daysLeft: 13,
    });
    // 29 Feb 2028 is past the 28th: February is open until 15 March (16 days)
    expect(actualisationOn('2028-02-29')).toMatchObject({
      open: true,
      window: { month: '2028-02' },
      daysLeft: 16,
    });
  });

  it("declares the hours and gross pay of the month's work, in euros", () => {
    const section: GigSection = {
      platforms: [platform(), platform({ id: 'outlier', currency: 'EUR' })],
      entries: [
        entry({
          id: 'e1',
          day: '2026-11-02',
          paidMinutes: 150,
          unpaidMinutes: { onboarding: 30, assessment: 0, waiting: 30 },
          rate: { amountMinor: 2100, unit: 'hour' },
        }),
        entry({ id: 'e2', day: '2026-11-20', paidMinutes: 100, rate: { amountMinor: 1600, unit: 'hour' } }),
        entry({
          id: 'e3',
          platformId: 'outlier',
          day: '2026-11-30',
          paidMinutes: 90,
          unpaidMinutes: { onboarding: 0, assessment: 45, waiting: 0 },
          tasks: 12,
          rate: { amountMinor: 550, unit: 'task' },
          currency: 'EUR',
        }),
        entry({
          id: 'october',
          day: '2026-10-31',
          paidMinutes: 600,
          rate: { amountMinor: 2100, unit: 'hour' },
        }),
      ],
      screenings: [],
      taxes: emptyGigSection().taxes,
    };
    const rates = [
      { currency: 'USD' as const, homePerUnitMicros: 920400, asOf: '2026-10-01', note: '' },
      { currency: 'USD' as const, homePerUnitMicros: 930000, asOf: '2026-11-15', note: '' },
    ];
    // 340 paid minutes = 5 h 40 → 6 hours; $52.50 × 0.9204 = €48.32, $26.67 × 0.93 = €24.80, + €66.00
    expect(declarationFor('2026-11', section, 'EUR', rates)).toEqual({
      month: '2026-11',
      paidMinutes: 340,
      unpaidMinutes: 105,
      hoursToDeclare: 6,
      grossMinor: 13912,
      currency: 'EUR',
      unconverted: [],
    });
    expect(declarationFor('2026-11', section, 'EUR', []).unconverted).toEqual(['e1', 'e2']);
  });
});

describe('France: 15 hours of activity a week', () => {
  it("adds the week's activity Monday to Sunday and says how far short it is", () => {
    const section: GigSection = {
      platforms: [platform()],
      entries: [
        entry({
          id: 'a',
          day: '2026-11-02',
          paidMinutes: 540,
          unpaidMinutes: { onboarding: 60, assessment: 0, waiting: 0 },
        }),
        entry({ id: 'b', day: '2026-11-09', paidMinutes: 780 }),
      ],
      screenings: [screening({ day: '2026-11-08', unpaidMinutes: 300 })],
      taxes: emptyGigSection().taxes,
    };
    // Week of 2 Nov: 600 + 300 (the Sunday interview) = 900 min = 15 h. Week of 9 Nov: 780 min, 2 h short.
    expect(weeklyActivity(gigActivity(section), '2026-11-04', '2026-11-15')).toEqual([
      {
        weekStart: '2026-11-02',
        weekEnd: '2026-11-08',
        minutes: 900,
        targetMinutes: 900,
        met: true,
        shortByMinutes: 0,
      },
      {
        weekStart: '2026-11-09',
        weekEnd: '2026-11-15',
        minutes: 780,
        targetMinutes: 900,
        met: false,
        shortByMinutes: 120,
      },
    ]);
  });
});

let next = 0;
const act = (
  day: string,
  kind: WorkSearchActivity['kind'],
  employer = '',
  position = '',
): WorkSearchActivity => ({
  id: `a${(next += 1)}`,
  day,
  kind,
  employer,
  position,
});

describe('US: the weekly work-search check', () => {
  it('Connecticut: three a week, one an employer contact, never the same contact twice', () => {
    const log = [
      act('2026-11-02', 'application', 'Business Z', 'Analyst'),
      act('2026-11-03', 'profile-update'),
      act('2026-11-04', 'profile-update'),
      act('2026-11-09', 'interview', 'Business Z', 'Analyst'),
      act('2026-11-10', 'networking'),
      act('2026-11-11', 'workshop'),
      act('2026-11-16', 'application', 'business  z', 'Senior analyst'),
    ];
    const weeks = checkWorkSearchWeeks(WORK_SEARCH_PRESETS.CT, log, '2026-11-01', '2026-11-21');
    expect(weeks.map((w) => [w.weekStart, w.weekEnd, w.met])).toEqual([
      ['2026-11-01', '2026-11-07', true],
      ['2026-11-08', '2026-11-14', false],
      ['2026-11-15', '2026-11-21', false],
    ]);
    // The interview at Business Z for the same job counts as an activity, not as a contact.
    expect(weeks[1]).toMatchObject({
      counted: 3,
      reasons: [{ code: 'employer-contacts', have: 0, need: 1 }],
      repeats: [log[3]!.id],
    });
    // Another position at the same employer is a new contact.
    expect(weeks[2]!.reasons).toEqual([{ code: 'too-few-activities', have: 1, need: 3 }]);
  });

  it('New York: on three different days, one from the first list, weeks Monday to Sunday', () => {
    const sameDay = [
      act('2026-11-02', 'application', 'A'),
      act('2026-11-02', 'application', 'B'),
      act('2026-11-02', 'application', 'C'),
    ];
    const [week] = checkWorkSearchWeeks(WORK_SEARCH_PRESETS.NY, sameDay, '2026-11-02', '2026-11-08');
    expect(week).toMatchObject({
      weekStart: '2026-11-02',
      weekEnd: '2026-11-08',
      met: false,
      reasons: [{ code: 'too-few-days', have: 1, need: 3 }],
    });
    const noPriority = [
      act('2026-11-02', 'networking'),
      act('2026-11-03', 'profile-update'),
      act('2026-11-08', 'networking'),
    ];
    expect(
      checkWorkSearchWeeks(WORK_SEARCH_PRESETS.NY, noPriority, '2026-11-02', '2026-11-08')[0]!.reasons,
    ).toEqual([{ code: 'priority-activities', have: 0, need: 1 }]);
  });

  it('Nebraska: five activities, two of them applications; "other" is not on its list', () => {
    const log = [
      act('2026-11-01', 'application', 'A'),
      act('2026-11-02', 'networking'),
      act('2026-11-03', 'workshop'),
      act('2026-11-04', 'career-center'),
      act('2026-11-05', 'other'),
    ];
    const [week] = checkWorkSearchWeeks(WORK_SEARCH_PRESETS.NE, log, '2026-11-01', '2026-11-07');
    expect(week).toMatchObject({
      counted: 4,
      met: false,
      reasons: [
        { code: 'too-few-activities', have: 4, need: 5 },
        { code: 'applications', have: 1, need: 2 },
      ],
      notCounted: [log[4]!.id],
    });
    expect(WORK_SEARCH_PRESETS.NE.logFields).toEqual([
      'date',
      'employer',
      'address',
      'phone',
      'contact-person',
      'method',
      'position',
    ]);
  });

  it('Texas: the week turns green at the third logged activity; Sunday starts the next week', () => {
    const log = [act('2026-11-15', 'application', 'A'), act('2026-11-17', 'job-fair')];
    expect(checkWorkSearchWeeks(WORK_SEARCH_PRESETS.TX, log, '2026-11-18', '2026-11-18')[0]!.met).toBe(false);
    const withSunday = [...log, act('2026-11-22', 'application', 'B')];
    expect(checkWorkSearchWeeks(WORK_SEARCH_PRESETS.TX, withSunday, '2026-11-18', '2026-11-18')[0]!.met).toBe(
      false,
    );
    const third = [...log, act('2026-11-21', 'other')];
    expect(checkWorkSearchWeeks(WORK_SEARCH_PRESETS.TX, third, '2026-11-18', '2026-11-18')[0]).toMatchObject({
      weekStart: '2026-11-15',
      weekEnd: '2026-11-21',
      met: true,
      reasons: [],
    });
    expect(WORK_SEARCH_PRESETS.TX.activitiesPerWeek.status).toBe('to-check');
  });

  const activityArb = fc.record({
    day: fc.integer({ min: 1, max: 28 }).map((d) => `2026-11-${String(d).padStart(2, '0')}`),
    kind: fc.constantFrom(...WORK_SEARCH_KINDS),
    employer: fc.constantFrom('', 'A', 'B', 'C'),
    position: fc.constantFrom('', 'x', 'y'),
  });
  test.prop([fc.array(activityArb, { maxLength: 25 }), fc.constantFrom('CT', 'NY', 'NE', 'TX' as const)])(
    'the order activities were typed in never changes a verdict',
    (raw, state) => {
      const log = raw.map((a, i) => ({ ...a, id: `r${i}` }));
      const rule = WORK_SEARCH_PRESETS[state];
      const verdicts = (list: WorkSearchActivity[]) =>
        checkWorkSearchWeeks(rule, list, '2026-11-01', '2026-11-28').map((w) => [w.met, w.reasons]);
      expect(verdicts([...log].reverse())).toEqual(verdicts(log));
    },
  );
});
