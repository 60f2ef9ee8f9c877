/**
 * Moving an application: the stage, the day as typed in the user's locale (today by default)
 * and a note up to the contract's history note limit; converted to what the history stores.
 */
import { z } from 'zod';
import { APPLICATION_LIMITS as L } from '../../../../../preload/contract/applications-section';
import {
  dayField,
  dayFromText,
  textField,
  textFromDay,
  type FormLocales,
} from '../../../domain/forms/typed-fields';

export interface MoveStageValues {
  stageId: string;
  on: string;
  note: string;
}

export interface StageMove {
  stageId: string;
  on: string;
  note: string;
}

export function moveStageSchema(locales: FormLocales) {
  return z.object({
    stageId: z.string().min(1),
    on: dayField(locales.dateLocale, { required: true }),
    note: textField(L.historyNote),
  });
}

/** The form's start: the current stage, today, no note. */
export function moveStageValues(stageId: string, todayIso: string, locales: FormLocales): MoveStageValues {
  return { stageId, on: textFromDay(todayIso, locales.dateLocale), note: '' };
}

/** The move from values the schema accepted. */
export function toStageMove(values: MoveStageValues, locales: FormLocales): StageMove {
  return {
    stageId: values.stageId,
    on: dayFromText(values.on, locales.dateLocale) ?? '',
    note: values.note.trim(),
  };
}
