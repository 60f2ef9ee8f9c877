/**
 * A next action is the next step of the stage the application is in ("send the follow-up"
 * while Applied, "prepare the call" once in Interview). When the user moves the application,
 * that step belonged to the stage being left: the move ends it, so an old step can never
 * show as overdue on Today or in the table. Nothing typed is lost: the move's history entry
 * says what the action was (worded by the screen, in the user's language).
 */
import type { Application, APPLICATION_LIMITS } from '../../../../preload/contract/applications-section';
import { moveToStage } from './stages';

/**
 * The contract's history note limit, typed as its literal so the compile fails if they part:
 * a value import would bring zod (and the schemas) into start-up with the store.
 */
export const HISTORY_NOTE_LIMIT: (typeof APPLICATION_LIMITS)['historyNote'] = 500;

export interface NextAction {
  action: string;
  due: string | null;
}

/** Words an ended next action for the history ("Next action it had: … (due …)"). */
export type WordEndedAction = (ended: NextAction) => string;

/** The application's next action, or null when it has none (no text and no day). */
export function nextActionOf(application: Application): NextAction | null {
  const action = application.nextAction.trim();
  if (action === '' && application.nextActionDue === null) return null;
  return { action, due: application.nextActionDue };
}

const SEPARATOR = ' — ';
const ELLIPSIS = '…';

/**
 * The history note: the user's own note whole, then the ended action, cut with an ellipsis
 * when both would pass the contract's limit (main refuses a longer note).
 */
export function noteWithEndedAction(note: string, ended: string, limit: number = HISTORY_NOTE_LIMIT): string {
  if (ended === '') return note;
  const joined = note === '' ? ended : `${note}${SEPARATOR}${ended}`;
  if (joined.length <= limit) return joined;
  const room = limit - (note === '' ? 0 : note.length + SEPARATOR.length) - ELLIPSIS.length;
  // No room left after the user's note: their words count more than the reminder.
  if (room <= 0) return note;
  // Whole characters only: an emoji's two halves never split (the limit counts UTF-16 units).
  let cut = '';
  for (const character of ended) {
    if (cut.length + character.length > room) break;
    cut += character;
  }
  const kept = `${cut.trimEnd()}${ELLIPSIS}`;
  return note === '' ? kept : `${note}${SEPARATOR}${kept}`;
}

/**
 * A move made by the user: the stage changes (see moveToStage), the next action and its day
 * are cleared, and the history entry keeps what it was when `word` is given. Moving to the
 * stage it is already in changes nothing.
 */
export function moveEndingNextAction(
  application: Application,
  stageId: string,
  on: string,
  note = '',
  word?: WordEndedAction,
): Application {
  if (application.stageId === stageId) return application;
  const ended = nextActionOf(application);
  if (ended === null) return moveToStage(application, stageId, on, note);
  const fullNote = word ? noteWithEndedAction(note, word(ended)) : note;
  return { ...moveToStage(application, stageId, on, fullNote), nextAction: '', nextActionDue: null };
}
