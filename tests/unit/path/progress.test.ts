import { describe, expect, it } from 'vitest';
import {
  baselineFrom,
  planStartFor,
  progressAgainst,
  totalLoggedHours,
} from '../../../renderer/src/domain/path/progress';
import { milestone } from '../../support/milestones';

const weeks = [
  { weekStart: '2026-11-23', capacityHours: 10, plannedHours: 10 },
  { weekStart: '2026-11-30', capacityHours: 10, plannedHours: 10 },
  { weekStart: '2026-12-07', capacityHours: 10, plannedHours: 4 },
  { weekStart: '2026-12-14', capacityHours: 10, plannedHours: 0 },
];
const baseline = baselineFrom(weeks, '2026-11-23', 3);

describe('progress against the accepted plan', () => {
  it('keeps only weeks with planned work in the baseline', () => {
    expect(baseline.plannedWeeks).toEqual([
      { weekStart: '2026-11-23', hours: 10 },
      { weekStart: '2026-11-30', hours: 10 },
      { weekStart: '2026-12-07', hours: 4 },
    ]);
  });

  it('counts only weeks that are over: mid-week nobody is behind yet', () => {
    expect(progressAgainst(baseline, 3, '2026-11-26')).toEqual({
      plannedToDate: 0,
      loggedSinceBaseline: 0,
      behindBy: 0,
      behind: false,
    });
  });

  it('is behind when logged work lags the weeks already over', () => {
    // Two weeks over (20 h planned); 3 h were logged before the plan, 12.5 h since.
    expect(progressAgainst(baseline, 15.5, '2026-12-07')).toEqual({
      plannedToDate: 20,
      loggedSinceBaseline: 12.5,
      behindBy: 7.5,
      behind: true,
    });
  });

  it('tolerates an hour of slack, and being ahead is not "behind"', () => {
    expect(progressAgainst(baseline, 22, '2026-12-07').behind).toBe(false);
    expect(progressAgainst(baseline, 40, '2026-12-07')).toMatchObject({ behindBy: 0, behind: false });
  });

  it('adds up logged time across milestones', () => {
    expect(
      totalLoggedHours([milestone('a', 5, { hoursLogged: 1.25 }), milestone('b', 5, { hoursLogged: 2.5 })]),
    ).toBe(3.75);
  });

  it('starts work on the plan date, or today once that has passed', () => {
    expect(planStartFor('2026-12-01', '2026-11-21')).toBe('2026-12-01');
    expect(planStartFor('2026-11-01', '2026-11-21')).toBe('2026-11-21');
    expect(planStartFor(null, '2026-11-21')).toBe('2026-11-21');
  });
});
