import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { emptyPathSection, type PathSection } from '../../../preload/contract/path-section';
import * as changes from '../../../renderer/src/domain/path/path-changes';
import { milestone } from '../../support/milestones';

const section = (...milestones: PathSection['milestones']): PathSection => ({
  ...emptyPathSection(),
  milestones,
});
const ids = (s: PathSection) => s.milestones.map((m) => m.id);

describe('changes to the path', () => {
  it('editing what a milestone is makes it the user’s own; logging hours does not', () => {
    const start = section(milestone('a', 10, { generated: true }), milestone('b', 4, { generated: true }));
    const logged = changes.updateMilestone(start, 'a', { hoursLogged: 3 });
    expect(logged.milestones[0]).toMatchObject({ hoursLogged: 3, generated: true });
    const retitled = changes.updateMilestone(start, 'a', { title: 'My own course' });
    expect(retitled.milestones[0]).toMatchObject({ title: 'My own course', generated: false });
    expect(retitled.milestones[1]?.generated).toBe(true);
    expect(start.milestones[0]?.generated).toBe(true);
  });

  it('deleting a milestone frees every milestone that waited for it', () => {
    const start = section(
      milestone('a', 2),
      milestone('b', 2, { prerequisites: ['a'] }),
      milestone('c', 2, { prerequisites: ['a', 'b'] }),
    );
    const after = changes.deleteMilestone(start, 'a');
    expect(ids(after)).toEqual(['b', 'c']);
    expect(after.milestones.map((m) => m.prerequisites)).toEqual([[], ['b']]);
  });

  it('moves one place and never past either end', () => {
    const start = section(milestone('a', 1), milestone('b', 1), milestone('c', 1));
    expect(ids(changes.moveMilestone(start, 'b', -1))).toEqual(['b', 'a', 'c']);
    expect(ids(changes.moveMilestone(start, 'c', 1))).toEqual(['a', 'b', 'c']);
    expect(ids(changes.moveMilestone(start, 'a', -1))).toEqual(['a', 'b', 'c']);
  });

  it('splits 7 hours into 4 then 3, the second waiting for the first and taking its dependants', () => {
    const start = section(
      milestone('course', 7, { hoursLogged: 2, generated: true }),
      milestone('course-part-2', 1),
      milestone('exam', 2, { prerequisites: ['course'] }),
    );
    const after = changes.splitMilestone(start, 'course', 'Course, second half');
    expect(after.milestones.map((m) => [m.id, m.effortHours, m.hoursLogged, m.prerequisites])).toEqual([
      ['course', 4, 2, []],
      ['course-part-3', 3, 0, ['course']],
      ['course-part-2', 1, 0, []],
      ['exam', 2, 0, ['course-part-3']],
    ]);
    expect(after.milestones[1]?.title).toBe('Course, second half');
    expect(changes.splitMilestone(section(milestone('tiny', 1)), 'tiny', 'x').milestones).toHaveLength(1);
  });

  test.prop([fc.integer({ min: 2, max: 500 })])(
    'a split never gains or loses an hour of effort',
    (effort) => {
      const after = changes.splitMilestone(section(milestone('m', effort)), 'm', 'second');
      expect(after.milestones.reduce((sum, m) => sum + m.effortHours, 0)).toBe(effort);
      expect(after.milestones.every((m) => m.effortHours >= 1)).toBe(true);
    },
  );

  it('keeps weeks off sorted and once each, and week hours sorted with null meaning the usual', () => {
    let s = changes.setBlackout(section(), '2026-12-21', true);
    s = changes.setBlackout(s, '2026-12-07', true);
    s = changes.setBlackout(s, '2026-12-21', true);
    expect(s.blackoutWeeks).toEqual(['2026-12-07', '2026-12-21']);
    expect(changes.setBlackout(s, '2026-12-07', false).blackoutWeeks).toEqual(['2026-12-21']);
    s = changes.setWeekHours(s, '2027-01-11', 4);
    s = changes.setWeekHours(s, '2027-01-04', 12);
    s = changes.setWeekHours(s, '2027-01-11', 6);
    expect(s.weekOverrides).toEqual([
      { weekStart: '2027-01-04', hours: 12 },
      { weekStart: '2027-01-11', hours: 6 },
    ]);
    expect(changes.setWeekHours(s, '2027-01-04', null).weekOverrides).toEqual([
      { weekStart: '2027-01-11', hours: 6 },
    ]);
  });
});
