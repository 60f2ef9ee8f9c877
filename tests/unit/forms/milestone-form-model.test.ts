import { describe, expect, it } from 'vitest';
import { issuesOf } from './issues';
import { MILESTONE_LIMITS, milestoneSchema } from '../../../preload/contract/path-section';
import { dateLocale } from '../../../renderer/src/domain/dates';
import {
  addMilestoneSchema,
  blankAddMilestone,
  toNewMilestone,
} from '../../../renderer/src/features/path/add-milestone-form-model';
import {
  milestoneDetailsSchema,
  toDetailsValues,
  toMilestoneChange,
  type MilestoneDetailsValues,
} from '../../../renderer/src/features/path/milestone-details-form-model';
import { milestone } from '../../support/milestones';

const french = { dateLocale: dateLocale('fr', 'FR'), numberLocale: 'fr-FR' };

describe('the milestone details form model', () => {
  const saved = milestone('course', 12, {
    title: 'Contract law',
    cost: { amountMinor: 4990, currency: 'EUR', paidOn: '2026-12-01' },
    link: 'https://example.org/course',
    prerequisites: ['basics'],
  });

  it('shows a saved milestone the French way and saves nothing changed when nothing was typed', () => {
    const values = toDetailsValues(saved, 'Contract law', french);
    expect(values).toMatchObject({ effort: '12', cost: '49,90', paidOn: '01/12/2026', after: ['basics'] });
    expect(milestoneDetailsSchema(french).safeParse(values).success).toBe(true);
    // Round trip: only the always-sent fields come back, equal to what was saved.
    expect(toMilestoneChange(values, saved, 'Contract law', 'EUR', french)).toEqual({
      cost: saved.cost,
      link: saved.link,
      notes: '',
      evidence: '',
    });
  });

  it('turns typed text into cents, an ISO day and whole hours, and sends what changed', () => {
    const typed: MilestoneDetailsValues = {
      ...toDetailsValues(saved, 'Contract law', french),
      title: '  Contract law II ',
      effort: '20',
      cost: '1 250,5',
      paidOn: '2026-12-24',
      after: [],
    };
    expect(toMilestoneChange(typed, saved, 'Contract law', 'EUR', french)).toMatchObject({
      title: 'Contract law II',
      effortHours: 20,
      prerequisites: [],
      // 1 250,5 € = 1 250 × 100 + 50 = 125 050 cents.
      cost: { amountMinor: 125050, currency: 'EUR', paidOn: '2026-12-24' },
    });
  });

  it('drops a paid-on day typed without a cost', () => {
    const typed = { ...toDetailsValues(saved, 'Contract law', french), cost: '', paidOn: '02/12/2026' };
    expect(toMilestoneChange(typed, saved, 'Contract law', 'EUR', french).cost).toBeNull();
  });

  it('names each bad field with its own message', () => {
    const values = {
      ...toDetailsValues(saved, 'Contract law', french),
      title: ' ',
      effort: '1.5',
      cost: 'cher',
      paidOn: '31/02/2026',
    };
    expect(issuesOf(milestoneDetailsSchema(french).safeParse(values))).toEqual([
      ['title', { key: 'errors.required', values: {} }],
      ['effort', { key: 'errors.numberRange', values: MILESTONE_LIMITS.effortHours }],
      ['cost', { key: 'path.edit.costInvalid', values: { example: '49,00' } }],
      ['paidOn', { key: 'errors.dateInvalid', values: {} }],
    ]);
  });

  it.each(['title', 'link', 'notes', 'evidence'] as const)(
    'takes %s up to the contract’s limit and no further',
    (field) => {
      const max = MILESTONE_LIMITS[field];
      const values = toDetailsValues(saved, 'Contract law', french);
      const schema = milestoneDetailsSchema(french);
      expect(schema.safeParse({ ...values, [field]: 'x'.repeat(max) }).success).toBe(true);
      expect(issuesOf(schema.safeParse({ ...values, [field]: 'x'.repeat(max + 1) }))).toEqual([
        [field, { key: 'errors.tooLong', values: { max, count: 1 } }],
      ]);
      expect(milestoneSchema.safeParse({ ...saved, [field]: 'x'.repeat(max) }).success).toBe(true);
      expect(milestoneSchema.safeParse({ ...saved, [field]: 'x'.repeat(max + 1) }).success).toBe(false);
    },
  );

  it('takes hours and a cost within the contract’s range', () => {
    const { min, max } = MILESTONE_LIMITS.effortHours;
    const values = toDetailsValues(saved, 'Contract law', french);
    const accepts = (change: Partial<MilestoneDetailsValues>) =>
      milestoneDetailsSchema(french).safeParse({ ...values, ...change }).success;
    expect([min - 1, min, max, max + 1].map((hours) => accepts({ effort: String(hours) }))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    // The largest cost is 10 000 000 cents = 100 000,00 €; one cent more is refused, as main would.
    expect(MILESTONE_LIMITS.costMinor).toBe(10_000_000);
    expect(accepts({ cost: '100000,00' })).toBe(true);
    expect(accepts({ cost: '100000,01' })).toBe(false);
    expect(milestoneSchema.shape.effortHours.safeParse(max + 1).success).toBe(false);
  });
});

describe('the add milestone form model', () => {
  it('starts with five hours of learning and makes the user’s own milestone from what was typed', () => {
    const values = { ...blankAddMilestone(), title: ' Mock interviews ', kind: 'practise' as const };
    expect(addMilestoneSchema().safeParse(values).success).toBe(true);
    const made = toNewMilestone(values, 'own-mock-interviews');
    expect(made).toMatchObject({
      title: 'Mock interviews',
      kind: 'practise',
      effortHours: 5,
      generated: false,
    });
    expect(milestoneSchema.safeParse(made).success).toBe(true);
  });

  it('refuses an empty or too long title and hours outside the contract’s range', () => {
    const { max } = MILESTONE_LIMITS.effortHours;
    const bad = {
      title: 'x'.repeat(MILESTONE_LIMITS.title + 1),
      kind: 'learn' as const,
      effort: String(max + 1),
    };
    expect(issuesOf(addMilestoneSchema().safeParse(bad))).toEqual([
      ['title', { key: 'errors.tooLong', values: { max: MILESTONE_LIMITS.title, count: 1 } }],
      ['effort', { key: 'errors.numberRange', values: MILESTONE_LIMITS.effortHours }],
    ]);
    expect(issuesOf(addMilestoneSchema().safeParse({ ...bad, title: '', effort: '0' }))).toEqual([
      ['title', { key: 'errors.required', values: {} }],
      ['effort', { key: 'errors.numberRange', values: MILESTONE_LIMITS.effortHours }],
    ]);
  });
});
