import { describe, expect, it } from 'vitest';
import {
  APPLICATION_LIMITS,
  applicationSchema,
  emptyApplicationsSection,
} from '../../../preload/contract/applications-section';
import { needsAttention } from '../../../renderer/src/domain/applications/attention';
import {
  HISTORY_NOTE_LIMIT,
  moveEndingNextAction,
  nextActionOf,
  noteWithEndedAction,
  type NextAction,
} from '../../../renderer/src/domain/applications/next-action';
import { application } from '../../support/applications';

const TODAY = '2026-11-21';
const word = ({ action, due }: NextAction) => `had: ${action} (${due ?? 'no day'})`;

/** Sent on 1 Nov with a follow-up that was due on 10 Nov: 11 days late on the 21st. */
const late = application('late', {
  stageId: 'applied',
  appliedOn: '2026-11-01',
  history: [{ stageId: 'applied', on: '2026-11-01', note: '' }],
  nextAction: 'Send the follow-up e-mail',
  nextActionDue: '2026-11-10',
});

describe('a move ends the next action of the stage it leaves', () => {
  it('clears the action and its day, and the history entry says what it was', () => {
    const moved = moveEndingNextAction(late, 'interview', '2026-11-20', 'Call booked', word);
    expect(moved.stageId).toBe('interview');
    expect(moved.nextAction).toBe('');
    expect(moved.nextActionDue).toBeNull();
    expect(moved.history).toEqual([
      { stageId: 'applied', on: '2026-11-01', note: '' },
      {
        stageId: 'interview',
        on: '2026-11-20',
        note: 'Call booked — had: Send the follow-up e-mail (2026-11-10)',
      },
    ]);
  });

  it('takes the overdue action off Today, which listed it before the move', () => {
    const before = needsAttention({ ...emptyApplicationsSection(), applications: [late] }, TODAY);
    expect(
      before.filter((item) => item.kind === 'next-action').map((item) => [item.on, item.overdue]),
    ).toEqual([['2026-11-10', true]]);
    const moved = moveEndingNextAction(late, 'interview', '2026-11-20', '', word);
    const after = needsAttention({ ...emptyApplicationsSection(), applications: [moved] }, TODAY);
    expect(after.filter((item) => item.kind === 'next-action')).toEqual([]);
  });

  it('also ends an action not due yet: it was the old stage’s step too', () => {
    const ahead = { ...late, nextActionDue: '2026-11-25' };
    const moved = moveEndingNextAction(ahead, 'screening', '2026-11-21', '', word);
    expect([moved.nextAction, moved.nextActionDue]).toEqual(['', null]);
    expect(moved.history.at(-1)?.note).toBe('had: Send the follow-up e-mail (2026-11-25)');
  });

  it('without a wording (a stage archived) clears it and keeps the note as given', () => {
    const moved = moveEndingNextAction(late, 'ghosted', TODAY);
    expect([moved.nextAction, moved.nextActionDue, moved.history.at(-1)?.note]).toEqual(['', null, '']);
  });

  it('with no next action, is the plain move: the note is the user’s alone', () => {
    const quiet = { ...late, nextAction: '', nextActionDue: null };
    const moved = moveEndingNextAction(quiet, 'interview', '2026-11-20', 'Call booked', word);
    expect(moved.history.at(-1)).toEqual({ stageId: 'interview', on: '2026-11-20', note: 'Call booked' });
  });

  it('to the stage it is already in, changes nothing (the action stays)', () => {
    expect(moveEndingNextAction(late, 'applied', TODAY, 'again', word)).toBe(late);
  });

  it('keeps the applied day rule of moveToStage', () => {
    const saved = application('s', { nextAction: 'Apply', nextActionDue: '2026-11-19' });
    const moved = moveEndingNextAction(saved, 'applied', '2026-11-20', '', word);
    expect([moved.appliedOn, moved.nextAction]).toEqual(['2026-11-20', '']);
  });
});

describe('which next action there is', () => {
  it('an action with or without a day, a day without words (from a CSV), or none', () => {
    expect(nextActionOf(late)).toEqual({ action: 'Send the follow-up e-mail', due: '2026-11-10' });
    expect(nextActionOf({ ...late, nextActionDue: null })).toEqual({
      action: 'Send the follow-up e-mail',
      due: null,
    });
    expect(nextActionOf({ ...late, nextAction: '  ' })).toEqual({ action: '', due: '2026-11-10' });
    expect(nextActionOf({ ...late, nextAction: ' ', nextActionDue: null })).toBeNull();
  });
});

describe('the move’s note with the ended action', () => {
  it('joins them, or is either alone', () => {
    expect(noteWithEndedAction('Call booked', 'had: X', 40)).toBe('Call booked — had: X');
    expect(noteWithEndedAction('', 'had: X', 40)).toBe('had: X');
    expect(noteWithEndedAction('Call booked', '', 40)).toBe('Call booked');
  });

  it('cuts the ended action, never the user’s words, to fit the limit exactly', () => {
    // 'Note' (4) + ' — ' (3) leaves 13 of 20: 12 characters of the action and '…'.
    expect(noteWithEndedAction('Note', 'had: abcdefghijklmnop', 20)).toBe('Note — had: abcdefg…');
    expect(noteWithEndedAction('Note', 'had: abcdefghijklmnop', 20)).toHaveLength(20);
    // Alone: 9 characters and '…'.
    expect(noteWithEndedAction('', 'had: abcdefghijklmnop', 10)).toBe('had: abcd…');
    // A space before the cut is not left dangling before the '…'.
    expect(noteWithEndedAction('', 'had: abc', 6)).toBe('had:…');
    // A note already at the limit stays whole and alone.
    expect(noteWithEndedAction('x'.repeat(18), 'had: X', 20)).toBe('x'.repeat(18));
    // An emoji (two UTF-16 units) is kept whole or left out, never cut in half: 'had: a' (6)
    // leaves 1 of the 7 units before '…', too few for '📞'.
    expect(noteWithEndedAction('', 'had: a📞 call', 8)).toBe('had: a…');
    expect(noteWithEndedAction('', 'had: a📞 call', 9)).toBe('had: a📞…');
  });

  it('stays within the contract, so main accepts the longest note and action', () => {
    expect(HISTORY_NOTE_LIMIT).toBe(APPLICATION_LIMITS.historyNote);
    const long = { ...late, nextAction: 'a'.repeat(APPLICATION_LIMITS.nextAction) };
    const moved = moveEndingNextAction(long, 'interview', '2026-11-20', 'n'.repeat(300), word);
    expect(moved.history.at(-1)?.note).toHaveLength(APPLICATION_LIMITS.historyNote);
    expect(applicationSchema.safeParse(moved).success).toBe(true);
  });
});
