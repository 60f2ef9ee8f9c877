import { describe, expect, it } from 'vitest';
import { planStanding } from '../../../renderer/src/domain/path/plan-standing';
import { progressAgainst, type Baseline } from '../../../renderer/src/domain/path/progress';

// Accepted on Wednesday 18 November with 3 hours already logged: 6 hours planned in the week
// of Monday 16 November (due by Sunday the 22nd), 10 in the next.
const baseline: Baseline = {
  acceptedOn: '2026-11-18',
  loggedHours: 3,
  plannedWeeks: [
    { weekStart: '2026-11-16', hours: 6 },
    { weekStart: '2026-11-23', hours: 10 },
  ],
};
const standing = (loggedHours: number, today: string, plan: Baseline = baseline) =>
  planStanding(plan, progressAgainst(plan, loggedHours, today));

describe('how the user stands against the accepted plan', () => {
  it('says when the first hours fall due, not "0 of 0", before any planned week is over', () => {
    expect(standing(3, '2026-11-18')).toEqual({
      kind: 'nothing-due',
      firstDue: { hours: 6, by: '2026-11-22' },
    });
    // Sunday the 22nd: the first week is not over until the day ends.
    expect(standing(3, '2026-11-22').kind).toBe('nothing-due');
  });

  it('counts hours logged before the first due date as a start, then as ahead once they cover it', () => {
    // 5 − 3 = 2 hours since accepting, of the 6 due on the 22nd.
    expect(standing(5, '2026-11-18')).toEqual({
      kind: 'started-early',
      logged: 2,
      firstDue: { hours: 6, by: '2026-11-22' },
    });
    // 9 − 3 = 6: all of the first week's hours, before it is over.
    expect(standing(9, '2026-11-18')).toEqual({
      kind: 'ahead-early',
      logged: 6,
      firstDue: { hours: 6, by: '2026-11-22' },
    });
    expect(standing(15.5, '2026-11-20')).toMatchObject({ kind: 'ahead-early', logged: 12.5 });
  });

  it('compares logged hours with the weeks already over once one is', () => {
    // Monday the 23rd: the first week (6 h) is over. 9 − 3 = 6 logged: exactly on plan.
    expect(standing(9, '2026-11-23')).toEqual({ kind: 'on-track', logged: 6, planned: 6 });
    // 8 − 3 = 5: one hour short is within the slack, still on track.
    expect(standing(8, '2026-11-23')).toEqual({ kind: 'on-track', logged: 5, planned: 6 });
    // 15.5 − 3 = 12.5 logged against 6 planned: 6.5 ahead.
    expect(standing(15.5, '2026-11-23')).toEqual({ kind: 'ahead', logged: 12.5, planned: 6, aheadBy: 6.5 });
    // Monday the 30th: both weeks over, 16 planned; 20 − 3 = 17 logged.
    expect(standing(20, '2026-11-30')).toEqual({ kind: 'ahead', logged: 17, planned: 16, aheadBy: 1 });
  });

  it('reports being behind by more than the hour of slack', () => {
    // 7 − 3 = 4 logged of 6 planned: 2 hours behind.
    expect(standing(7, '2026-11-23')).toEqual({ kind: 'behind', behindBy: 2 });
  });

  it('takes the earliest planned week as the first due, whatever the order or the week’s first day', () => {
    const sundayWeeks: Baseline = {
      acceptedOn: '2026-11-18',
      loggedHours: 0,
      plannedWeeks: [
        { weekStart: '2026-11-22', hours: 8 },
        { weekStart: '2026-11-15', hours: 2.5 },
      ],
    };
    // The week starting Sunday the 15th ends on Saturday the 21st.
    expect(standing(0, '2026-11-18', sundayWeeks)).toEqual({
      kind: 'nothing-due',
      firstDue: { hours: 2.5, by: '2026-11-21' },
    });
  });

  it('says the plan had nothing to do when it was accepted with no hours planned', () => {
    const empty: Baseline = { acceptedOn: '2026-11-18', loggedHours: 4, plannedWeeks: [] };
    expect(standing(4, '2026-12-20', empty)).toEqual({ kind: 'nothing-planned', logged: 0 });
    expect(standing(6.25, '2026-12-20', empty)).toEqual({ kind: 'nothing-planned', logged: 2.25 });
  });
});
