import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import fc from 'fast-check';
import { pathCalendar } from '../../../renderer/src/domain/path/calendar';
import { foldIcsLine } from '../../../renderer/src/domain/path/ics-text';
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

function exportCalendar(
  list = milestones,
  describe = (m: (typeof milestones)[number]) => `${m.kind}, ${m.effortHours} h`,
) {
  const schedule = schedulePath({
    milestones: list,
    planStart: '2026-11-23',
    hoursPerWeek: 10,
    weekOverrides: new Map(),
    blackoutWeeks: new Set(),
    weekStartsOn: 1,
  });
  if (!schedule.ok) throw new Error(schedule.problem);
  const result = pathCalendar(list, schedule.milestones, {
    calendarName: 'Passerelle',
    describe,
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

const octets = (text: string) => new TextEncoder().encode(text).length;

describe('the path calendar with accents, CJK and emoji', () => {
  const TITLES = [
    'Préparer l’entretien d’évaluation clinique — Mercor, étape « cas pratique » 🚀🚀🚀 été',
    '臨床レビューの準備：症例研究、評価基準、フィードバックの書き方を学ぶ、そして応募する',
    '👩🏽‍⚕️ Révision 📚🧠 ' + '🇫🇷'.repeat(20),
    'Emoji at the fold: ' + 'é'.repeat(26) + '😀😀😀',
  ];
  const list = TITLES.map((title, i) => milestone(`m${i}`, 5, { title }));

  it('folds every line at 75 octets, never inside a character, and parses back to the same text', () => {
    const text = exportCalendar(list, (m) => `${m.title} · ${m.title}`);
    const lines = text.split('\r\n');
    for (const line of lines) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      // A cut inside a multi-byte character would leave a replacement character or a lone surrogate.
      expect(line).not.toMatch(
        /\uFFFD|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
      );
    }
    // Hand-checked: the Japanese title's SUMMARY line is 8 + 42 × 3 = 134 octets, so it must fold.
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    const parsed = events(text);
    expect(parsed.map((event) => event.summary)).toEqual(TITLES);
    expect(parsed.map((event) => event.description)).toEqual(TITLES.map((title) => `${title} · ${title}`));
  });

  it('removes control characters from titles and descriptions, and reads a lone CR as a line break', () => {
    const dirty = milestone('dirty', 5, { title: 'Bell\u0007 and\u0000 escape\u001b[31m red\u0085' });
    const text = exportCalendar([dirty], () => 'one\rtwo\r\nthree\u000bfour\tfive');
    const [event] = events(text);
    expect(event?.summary).toBe('Bell and escape[31m red');
    expect(event?.description).toBe('one\ntwo\nthreefour\tfive');
    // eslint-disable-next-line no-control-regex -- looking for control characters in the file
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f]/);
  });

  it('folds any line so that unfolding gives it back, each piece at most 75 octets (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (value) => {
        const folded = foldIcsLine(`SUMMARY:${value}`);
        for (const piece of folded.split('\r\n')) expect(octets(piece)).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${value}`);
      }),
    );
  });
});
