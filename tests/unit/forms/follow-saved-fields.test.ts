/**
 * An open application form after a move saved from outside it: which fields take the new
 * saved values, and which keep what the user typed.
 */
import { describe, expect, it } from 'vitest';
import type { Application } from '../../../preload/contract/applications-section';
import { dateLocale } from '../../../renderer/src/domain/dates';
import { BLANK_APPLICATION } from '../../../renderer/src/domain/applications/new-application';
import { toFormValues } from '../../../renderer/src/features/applications/detail/application-form-model';
import { fieldsToFollow } from '../../../renderer/src/features/applications/detail/follow-saved-fields-model';

const locales = { dateLocale: dateLocale('en', 'FR'), numberLocale: 'en-001' };
const values = (application: Partial<Application>) =>
  toFormValues(
    { ...BLANK_APPLICATION, id: 'mercor', organisation: 'Mercor', ...application },
    'EUR',
    locales,
  );

const found = { stageId: 'found', nextAction: 'Apply before Friday', nextActionDue: '2026-11-20' };
// Moved to Applied on 18 Nov: the day applied is set, the next action ended.
const moved = { stageId: 'applied', appliedOn: '2026-11-18', nextAction: '', nextActionDue: null };

describe('fields that follow a move saved while the form is open', () => {
  it('takes the day applied and ends the next action in fields the user left alone', () => {
    const before = values(found);
    expect(fieldsToFollow(before, values(moved), before).sort()).toEqual([
      'appliedOn',
      'nextAction',
      'nextActionDue',
    ]);
  });

  it('keeps a field the user changed, even one the move changed too', () => {
    const before = values(found);
    const onScreen = { ...before, role: 'Senior tutor', appliedOn: '17/11/2026', nextAction: 'Call Anna' };
    expect(fieldsToFollow(before, values(moved), onScreen)).toEqual([]);
  });

  it('ends the due date with the action it belonged to, even if only the date was edited', () => {
    const before = values(found);
    const onScreen = { ...before, nextActionDue: '25/11/2026' };
    expect(fieldsToFollow(before, values(moved), onScreen).sort()).toEqual([
      'appliedOn',
      'nextAction',
      'nextActionDue',
    ]);
  });

  it('changes nothing after the form’s own save: what is on screen is what was saved', () => {
    const before = values(found);
    const saved = values({ ...found, role: 'Senior tutor' });
    expect(fieldsToFollow(before, saved, saved)).toEqual([]);
  });

  it('after a save of a new action, a move still ends it (it is what was saved)', () => {
    const savedAction = values({ ...found, nextAction: 'Call Anna' });
    expect(fieldsToFollow(savedAction, values(moved), savedAction)).toContain('nextAction');
  });
});
