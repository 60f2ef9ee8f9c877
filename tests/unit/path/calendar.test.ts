import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { pathCalendar } from '../../../renderer/src/domain/path/calendar';
import { schedulePath } from '../../../renderer/src/domain/path/schedule';
import { milestone } from '../../support/milestones';

const milestones = [
  milestone('learn-ebm', 15, { title: 'Learn: evidence-based medicine; GRADE, Cochrane\nreviews' }),
  milestone('apply-medicine', 5, {
    kind: 'apply',
    title: 'Apply to Mercor, xAI',
    prerequisites: ['learn-ebm'],
  }),
  milestone('old', 5, { status: 'done' }),
];

function exportCalendar() {
  const schedule = schedulePath({
    milestones,
    planStart: '2026-11-23',
    hoursPerWeek: 10,
    weekOverrides: new Map(),
    blackoutWeeks: new Set(),
    weekStartsOn: 1,
  });
  if (!schedule.ok) throw new Error(schedule.problem);
  const result = pathCalendar(milestones, schedule.milestones, {
    calendarName: 'Passerelle',
    describe: (m) => `${m.kind}, ${m.effortHours} h`,
  });
  if (!result.ok) throw new Error(result.message);
  return result.text;
}

const events = (text: string) =>
  new ICAL.Component(ICAL.parse(text) as unknown[])
    .getAllSubcomponents('vevent')
    .map((vevent) => new ICAL.Event(vevent));

describe('the path calendar (.ics)', () => {
  it('parses back with a calendar library: one all-day event per scheduled milestone', () => {
    const parsed = events(exportCalendar());
    expect(parsed.map((event) => event.summary)).toEqual([
      'Learn: evidence-based medicine; GRADE, Cochrane\nreviews',
      'Apply to Mercor, xAI',
    ]);
    const [learn] = parsed;
    expect(learn?.startDate.isDate).toBe(true);
    expect(learn?.startDate.toString()).toBe('2026-11-23');
    // Ends on Sunday 6 December; DTEND is the exclusive day after.
    expect(learn?.endDate.toString()).toBe('2026-12-07');
    expect(learn?.description).toBe('learn, 15 h');
  });

  it('keeps the same UIDs from one export to the next, so a re-import updates events', () => {
    const first = events(exportCalendar()).map((event) => event.uid);
    const second = events(exportCalendar()).map((event) => event.uid);
    expect(first).toEqual(['learn-ebm@passerelle.path', 'apply-medicine@passerelle.path']);
    expect(second).toEqual(first);
  });

  it('says so when nothing is scheduled', () => {
    expect(pathCalendar([], new Map(), { calendarName: 'x', describe: () => '' })).toEqual({
      ok: false,
      message: 'nothing is scheduled',
    });
  });
});
