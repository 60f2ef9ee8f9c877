/**
 * A stage's name as typed; the limit is the contract's STAGE_NAME_MAX. An empty name is
 * allowed: it gives a built-in stage its translated name back (see renameStage).
 */
import { z } from 'zod';
import { MAX_STAGES, STAGE_NAME_MAX } from '../../../../../preload/contract/applications-section';
import { formMessage } from '../../../domain/forms/form-message';
import { textField } from '../../../domain/forms/typed-fields';

export interface StageNameValues {
  name: string;
}

export function stageNameSchema() {
  return z.object({ name: textField(STAGE_NAME_MAX) });
}

/** The name to save (trimmed), or null when it is the one shown already: nothing to save. */
export function renamedTo(values: StageNameValues, shownLabel: string): string | null {
  const name = values.name.trim();
  return name === shownLabel ? null : name;
}

/** A new stage needs a name. */
export function newStageSchema() {
  return z.object({ name: textField(STAGE_NAME_MAX, { required: true }) });
}

/**
 * The message when the section already holds MAX_STAGES (archived included), else null.
 * Checked at submit against the current count, which the schema built once cannot see.
 */
export function stageCountMessage(stageCount: number): string | null {
  return stageCount >= MAX_STAGES
    ? formMessage('applications.settings.tooManyStages', { max: MAX_STAGES })
    : null;
}
