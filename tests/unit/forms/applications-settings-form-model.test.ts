import { describe, expect, it } from 'vitest';
import { issuesOf } from './issues';
import {
  APPLICATION_LIMITS,
  APPLICATIONS_SETTINGS_LIMITS,
  applicationsSectionSchema,
  emptyApplicationsSection,
  stageSchema,
  STAGE_NAME_MAX,
  MAX_STAGES,
} from '../../../preload/contract/applications-section';
import { dateLocale } from '../../../renderer/src/domain/dates';
import {
  reminderSettingsSchema,
  toReminderSettings,
  toReminderValues,
} from '../../../renderer/src/features/applications/settings/reminder-settings-form-model';
import {
  newStageSchema,
  renamedTo,
  stageCountMessage,
  stageNameSchema,
} from '../../../renderer/src/features/applications/settings/stage-name-form-model';
import {
  moveStageSchema,
  moveStageValues,
  toStageMove,
} from '../../../renderer/src/features/applications/detail/move-stage-form-model';

const french = { dateLocale: dateLocale('fr', 'FR'), numberLocale: 'fr-FR' };
const american = { dateLocale: dateLocale('en', 'US'), numberLocale: 'en-US' };
const settingsSchema = applicationsSectionSchema.shape.settings;
const base = { followUpDays: 7, ghostDays: 21, weeklyGoal: 5 };
type Setting = keyof typeof base;
const keys: Setting[] = ['followUpDays', 'ghostDays', 'weeklyGoal'];

describe('the reminder settings form model', () => {
  it('round trips the saved settings through the typed text', () => {
    const settings = emptyApplicationsSection().settings;
    const values = toReminderValues(settings);
    expect(values).toEqual({ followUpDays: '7', ghostDays: '21', weeklyGoal: '5' });
    expect(reminderSettingsSchema().safeParse(values).success).toBe(true);
    expect(toReminderSettings({ followUpDays: ' 10 ', ghostDays: '30', weeklyGoal: '0' })).toEqual({
      followUpDays: 10,
      ghostDays: 30,
      weeklyGoal: 0,
    });
  });

  it.each(keys)('accepts for %s exactly the range the section schema accepts', (key) => {
    const { min, max } = APPLICATIONS_SETTINGS_LIMITS[key];
    // Ghost days must exceed the follow-up delay; the neighbours are picked so only `key` decides.
    const around = (value: number) => ({
      ...base,
      followUpDays: key === 'followUpDays' ? value : 1,
      ghostDays: key === 'ghostDays' ? value : 180,
      [key]: value,
    });
    for (const value of [min - 1, min, max, max + 1]) {
      const saved = around(value);
      const typed = toReminderValues(saved);
      expect(reminderSettingsSchema().safeParse(typed).success).toBe(settingsSchema.safeParse(saved).success);
    }
    expect(settingsSchema.safeParse(around(min - 1)).success).toBe(false);
    expect(settingsSchema.safeParse(around(max)).success).toBe(true);
    expect(
      issuesOf(reminderSettingsSchema().safeParse({ ...toReminderValues(around(min)), [key]: '2.5' })),
    ).toEqual([[key, { key: 'errors.numberRange', values: { min, max } }]]);
  });

  it('keeps the ranges the app always had (1–90, 2–180, 0–200)', () => {
    expect(APPLICATIONS_SETTINGS_LIMITS).toEqual({
      followUpDays: { min: 1, max: 90 },
      ghostDays: { min: 2, max: 180 },
      weeklyGoal: { min: 0, max: 200 },
    });
  });

  it('refuses a silence before Ghosted no longer than the follow-up delay, on the ghost field', () => {
    const result = reminderSettingsSchema().safeParse({
      followUpDays: '14',
      ghostDays: '14',
      weeklyGoal: '5',
    });
    expect(issuesOf(result)).toEqual([
      ['ghostDays', { key: 'applications.settings.ghostAfterFollowUp', values: {} }],
    ]);
  });
});

describe('the move stage form model', () => {
  it.each([
    ['French', french, '12/10/2026'],
    ['American', american, '10/12/2026'],
  ])('starts on today in %s and converts the typed day to ISO', (_name, locales, typed) => {
    expect(moveStageValues('applied', '2026-10-12', locales)).toEqual({
      stageId: 'applied',
      on: typed,
      note: '',
    });
    const values = { stageId: 'interview', on: typed, note: '  Video call  ' };
    expect(moveStageSchema(locales).safeParse(values).success).toBe(true);
    expect(toStageMove(values, locales)).toEqual({
      stageId: 'interview',
      on: '2026-10-12',
      note: 'Video call',
    });
  });

  it('needs a real day and holds the note to the history note limit', () => {
    const max = APPLICATION_LIMITS.historyNote;
    const result = moveStageSchema(french).safeParse({
      stageId: 'offer',
      on: '31/02/2026',
      note: 'x'.repeat(max + 1),
    });
    expect(issuesOf(result)).toEqual([
      ['on', { key: 'errors.dateInvalid', values: {} }],
      ['note', { key: 'errors.tooLong', values: { max, count: 1 } }],
    ]);
    expect(
      issuesOf(moveStageSchema(french).safeParse({ stageId: 'offer', on: ' ', note: 'x'.repeat(max) })),
    ).toEqual([['on', { key: 'errors.required', values: {} }]]);
  });
});

describe('the stage name form model', () => {
  it('accepts a name exactly as long as the contract allows, and no longer', () => {
    const at = 'n'.repeat(STAGE_NAME_MAX);
    const over = `${at}n`;
    const stage = { id: 'custom', kind: 'open', archived: false } as const;
    expect(stageNameSchema().safeParse({ name: at }).success).toBe(
      stageSchema.safeParse({ ...stage, name: at }).success,
    );
    expect(stageNameSchema().safeParse({ name: over }).success).toBe(false);
    expect(stageSchema.safeParse({ ...stage, name: over }).success).toBe(false);
  });

  it('saves a trimmed new name, and nothing when the shown name is unchanged', () => {
    expect(renamedTo({ name: '  Tech test ' }, 'Interview')).toBe('Tech test');
    expect(renamedTo({ name: 'Interview ' }, 'Interview')).toBeNull();
    expect(renamedTo({ name: '' }, 'Interview')).toBe('');
  });
});

describe('the new stage form model', () => {
  it('needs a name within the contract limit, and room for one more stage', () => {
    expect(issuesOf(newStageSchema().safeParse({ name: '  ' }))).toEqual([
      ['name', { key: 'errors.required', values: {} }],
    ]);
    expect(newStageSchema().safeParse({ name: 'n'.repeat(STAGE_NAME_MAX) }).success).toBe(true);
    expect(newStageSchema().safeParse({ name: 'n'.repeat(STAGE_NAME_MAX + 1) }).success).toBe(false);
    const stages = (count: number) =>
      Array.from({ length: count }, (_, i) => ({ ...emptyApplicationsSection().stages[0]!, id: `s${i}` }));
    // The form lets one more be added exactly when the section schema would accept one more.
    for (const count of [MAX_STAGES - 1, MAX_STAGES]) {
      const roomLeft = stageCountMessage(count) === null;
      expect(roomLeft).toBe(applicationsSectionSchema.shape.stages.safeParse(stages(count + 1)).success);
    }
  });
});
