/**
 * A stage's name as typed; the limit is the contract's STAGE_NAME_MAX. An empty name is
 * allowed: it gives a built-in stage its translated name back (see renameStage).
 */
import { z } from 'zod';
import { STAGE_NAME_MAX } from '../../../../../preload/contract/applications-section';
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
