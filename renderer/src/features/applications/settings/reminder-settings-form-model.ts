/**
 * The reminder settings as typed (whole numbers as text) and as saved; the ranges are the
 * contract's APPLICATIONS_SETTINGS_LIMITS, so the form accepts exactly what storage accepts.
 */
import { z } from 'zod';
import {
  APPLICATIONS_SETTINGS_LIMITS as S,
  type ApplicationsSection,
} from '../../../../../preload/contract/applications-section';
import { wholeNumberField, wholeNumberFromText } from '../../../domain/forms/typed-fields';

export type ReminderSettings = ApplicationsSection['settings'];
export type ReminderSettingsValues = Record<keyof ReminderSettings, string>;

export function reminderSettingsSchema() {
  return z
    .object({
      followUpDays: wholeNumberField(S.followUpDays),
      ghostDays: wholeNumberField(S.ghostDays),
      weeklyGoal: wholeNumberField(S.weeklyGoal),
    })
    .superRefine((values, context) => {
      const followUp = wholeNumberFromText(values.followUpDays, S.followUpDays);
      const ghost = wholeNumberFromText(values.ghostDays, S.ghostDays);
      // Ghosted is the silence after the follow-up went unanswered, so it must come later.
      if (followUp !== null && ghost !== null && ghost <= followUp) {
        context.addIssue({
          code: 'custom',
          path: ['ghostDays'],
          message: 'applications.settings.ghostAfterFollowUp',
        });
      }
    });
}

export function toReminderValues(settings: ReminderSettings): ReminderSettingsValues {
  return {
    followUpDays: String(settings.followUpDays),
    ghostDays: String(settings.ghostDays),
    weeklyGoal: String(settings.weeklyGoal),
  };
}

/** The settings from values the schema accepted. */
export function toReminderSettings(values: ReminderSettingsValues): ReminderSettings {
  return {
    followUpDays: Number(values.followUpDays.trim()),
    ghostDays: Number(values.ghostDays.trim()),
    weeklyGoal: Number(values.weeklyGoal.trim()),
  };
}
