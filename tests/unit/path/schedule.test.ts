import { describe, expect, it } from 'vitest';
import type { Milestone } from '../../../preload/contract/path-section';
import { schedulePath, type ScheduleInput } from '../../../renderer/src/domain/path/schedule';
import { milestone } from '../../support/milestones';

const plan = (milestones: Milestone[], changes: Partial<ScheduleInput> = {}) =>
  schedulePath({
    milestones,
    planStart: '2026-11-23', // a Monday
    hoursPerWeek: 10,
    weekOverrides: new Map(),
    blackoutWeeks: new Set(),
    weekStartsOn: 1,
    ...changes,
  });

const slots = (result: ReturnType<typeof schedulePath>) => {
  if (!result.ok) throw new Error(`no schedule: ${result.problem}`);
  return Object.fromEntries([...result.milestones.values()].map((m) => [m.id, [m.startDate, m.endDate]]));
};

describe('scheduling, by hand', () => {
  it('chains prerequisites week by week within 10 hours a week', () => {
    // Week of 23 Nov: A 10 h. Week of 30 Nov: A 5 h + B 5 h. Week of 7 Dec: B 5 h + C 5 h.
    const result = plan([
      milestone('a', 15),
      milestone('b', 10, { prerequisites: ['a'] }),
      milestone('c', 5, { prerequisites: ['b'] }),
    ]);
    expect(slots(result)).toEqual({
      a: ['2026-11-23', '2026-12-06'],
      b: ['2026-11-30', '2026-12-13'],
      c: ['2026-12-07', '2026-12-13'],
    });
    expect(result.ok && result.weeks.map((w) => [w.weekStart, w.plannedHours])).toEqual([
      ['2026-11-23', 10],
      ['2026-11-30', 10],
      ['2026-12-07', 10],
    ]);
  });

  it('works a prerequisite first even when it is listed later', () => {
    const result = plan([milestone('b', 5, { prerequisites: ['a'] }), milestone('a', 5)]);
    expect(slots(result)).toEqual({ a: ['2026-11-23', '2026-11-29'], b: ['2026-11-23', '2026-11-29'] });
    expect(result.ok && result.milestones.get('b')?.startWeek).toBe(0);
  });

  it('skips a blackout week and honours a week with fewer hours', () => {
    expect(slots(plan([milestone('a', 15)], { blackoutWeeks: new Set(['2026-11-30']) }))).toEqual({
      a: ['2026-11-23', '2026-12-13'],
    });
    // 10 + 2 + 3 hours.
    expect(slots(plan([milestone('a', 15)], { weekOverrides: new Map([['2026-11-30', 2]]) }))).toEqual({
      a: ['2026-11-23', '2026-12-13'],
    });
  });

  it('spreads a milestone larger than a week over as many weeks as it needs', () => {
    expect(slots(plan([milestone('a', 35)]))).toEqual({ a: ['2026-11-23', '2026-12-20'] });
  });

  it('says there is no time rather than looping when the week has zero hours', () => {
    expect(plan([milestone('a', 5)], { hoursPerWeek: 0 })).toEqual({
      ok: false,
      problem: 'no-capacity',
      ids: [],
    });
    // …unless one week has hours of its own.
    expect(
      slots(plan([milestone('a', 5)], { hoursPerWeek: 0, weekOverrides: new Map([['2026-12-07', 6]]) })),
    ).toEqual({
      a: ['2026-12-07', '2026-12-13'],
    });
  });

  it('is not moved by the European change to summer time (29 March 2026)', () => {
    const result = plan([milestone('a', 25)], { planStart: '2026-03-23' });
    expect(slots(result)).toEqual({ a: ['2026-03-23', '2026-04-12'] });
    expect(result.ok && result.weeks.map((w) => w.weekStart)).toEqual([
      '2026-03-23',
      '2026-03-30',
      '2026-04-06',
    ]);
  });

  it('counts US weeks from Sunday across the US change (8 March 2026)', () => {
    const result = plan([milestone('a', 25)], { planStart: '2026-03-01', weekStartsOn: 0 });
    expect(slots(result)).toEqual({ a: ['2026-03-01', '2026-03-21'] });
  });

  it('runs through 29 February in a leap year', () => {
    const result = plan([milestone('a', 15)], { planStart: '2028-02-21' });
    expect(result.ok && result.weeks[1]?.weekStart).toBe('2028-02-28');
    expect(slots(result)).toEqual({ a: ['2028-02-21', '2028-03-05'] });
  });

  it('starts on the plan day itself when that is mid-week', () => {
    expect(slots(plan([milestone('a', 5)], { planStart: '2026-11-25' }))).toEqual({
      a: ['2026-11-25', '2026-11-29'],
    });
  });

  it('takes logged time off the remaining work, and no time for done or skipped work', () => {
    const result = plan([
      milestone('done', 30, { status: 'done' }),
      milestone('skipped', 30, { status: 'skipped' }),
      milestone('a', 10, { hoursLogged: 4.5 }),
      milestone('b', 5),
    ]);
    expect(result.ok && result.milestones.get('a')?.remainingHours).toBe(5.5);
    expect(result.ok && result.milestones.has('done')).toBe(false);
    expect(slots(result)).toEqual({ a: ['2026-11-23', '2026-11-29'], b: ['2026-11-23', '2026-12-06'] });
  });

  it('gives each target domain its ready date: the end of its last milestone before applying', () => {
    const result = plan([
      milestone('learn', 10, { domainIds: ['medicine'] }),
      milestone('practise', 10, { domainIds: ['medicine', 'writing'], prerequisites: ['learn'] }),
      milestone('apply', 10, { kind: 'apply', domainIds: ['medicine'], prerequisites: ['practise'] }),
    ]);
    expect(result.ok && Object.fromEntries(result.readyDates)).toEqual({
      medicine: '2026-12-06',
      writing: '2026-12-06',
    });
  });

  it('names the milestones caught in a prerequisite cycle, or pointing at one that is gone', () => {
    expect(
      plan([
        milestone('a', 1, { prerequisites: ['b'] }),
        milestone('b', 1, { prerequisites: ['a'] }),
        milestone('c', 1),
      ]),
    ).toEqual({
      ok: false,
      problem: 'cycle',
      ids: ['a', 'b'],
    });
    expect(plan([milestone('a', 1, { prerequisites: ['ghost'] })])).toEqual({
      ok: false,
      problem: 'unknown-prerequisite',
      ids: ['a'],
    });
  });
});
