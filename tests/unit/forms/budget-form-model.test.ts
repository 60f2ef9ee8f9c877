import { describe, expect, it } from 'vitest';
import { issuesOf } from './issues';
import {
  BUDGET_LIMITS,
  budgetSectionSchema,
  emptyBudgetSection,
  type BudgetSection,
} from '../../../preload/contract/budget-section';
import { textFromDay, textFromMinor } from '../../../renderer/src/domain/forms/typed-fields';
import { dateLocale } from '../../../renderer/src/domain/dates';
import {
  budgetFormSchema,
  readBudgetValues,
  type FieldSpec,
} from '../../../renderer/src/features/budget/inputs/budget-form-model';

const french = { dateLocale: dateLocale('fr', 'FR'), numberLocale: 'fr-FR' };

/** The recurring expense form, as ExpenseEditors describes it (labels aside). */
const expenseSpecs: FieldSpec[] = [
  { key: 'label', label: 'Label', kind: 'text' },
  { key: 'category', label: 'Category', kind: 'text', optional: true },
  { key: 'amount', label: 'Amount', kind: 'money' },
  { key: 'day', label: 'Day', kind: 'int', ...BUDGET_LIMITS.dayOfMonth },
  { key: 'essential', label: 'Essential', kind: 'checkbox' },
];
const accountSpecs: FieldSpec[] = [
  { key: 'name', label: 'Name', kind: 'text' },
  { key: 'balance', label: 'Balance', kind: 'signed-money' },
  { key: 'since', label: 'Since', kind: 'optional-day' },
];

describe('the budget form model', () => {
  it('reads a recurring expense typed the French way into cents and a day of the month', () => {
    const typed = { label: ' Loyer ', category: '', amount: '1 250,5', day: '5', essential: true };
    expect(budgetFormSchema(expenseSpecs, french).safeParse(typed).success).toBe(true);
    // 1 250,5 € = 1 250 × 100 + 50 = 125 050 cents.
    expect(readBudgetValues(expenseSpecs, typed, french)).toEqual({
      label: 'Loyer',
      category: '',
      amount: 125050,
      day: 5,
      essential: true,
    });
  });

  it('round-trips a saved expense and an overdrawn account through what the user sees', () => {
    const expense = {
      label: 'Rent',
      category: 'Home',
      monthlyMinor: 98000,
      dayOfMonth: 31,
      essential: false,
    };
    const typedExpense = {
      label: expense.label,
      category: expense.category,
      amount: textFromMinor(expense.monthlyMinor, french.numberLocale),
      day: String(expense.dayOfMonth),
      essential: expense.essential,
    };
    expect(readBudgetValues(expenseSpecs, typedExpense, french)).toEqual({
      label: 'Rent',
      category: 'Home',
      amount: 98000,
      day: 31,
      essential: false,
    });
    const typedAccount = {
      name: 'Current',
      balance: textFromMinor(-12345, french.numberLocale),
      since: textFromDay('2026-12-01', french.dateLocale),
    };
    expect(typedAccount).toMatchObject({ balance: '-123,45', since: '01/12/2026' });
    expect(budgetFormSchema(accountSpecs, french).safeParse(typedAccount).success).toBe(true);
    expect(readBudgetValues(accountSpecs, typedAccount, french)).toEqual({
      name: 'Current',
      balance: -12345,
      since: '2026-12-01',
    });
    expect(readBudgetValues(accountSpecs, { ...typedAccount, since: '' }, french).since).toBeNull();
  });

  it('says what is wrong next to each field and keeps the limits of the contract', () => {
    const typed = {
      label: 'x'.repeat(BUDGET_LIMITS.label + 1),
      category: '',
      amount: '-5',
      day: String(BUDGET_LIMITS.dayOfMonth.max + 1),
      essential: false,
    };
    expect(issuesOf(budgetFormSchema(expenseSpecs, french).safeParse(typed))).toEqual([
      ['label', { key: 'errors.tooLong', values: { max: BUDGET_LIMITS.label, count: 1 } }],
      ['amount', { key: 'errors.moneyInvalid', values: {} }],
      ['day', { key: 'errors.numberRange', values: BUDGET_LIMITS.dayOfMonth }],
    ]);
    expect(
      issuesOf(
        budgetFormSchema(accountSpecs, french).safeParse({ name: '', balance: '', since: '30/02/2026' }),
      ),
    ).toEqual([
      ['name', { key: 'errors.required', values: {} }],
      ['balance', { key: 'errors.required', values: {} }],
      ['since', { key: 'errors.dateInvalid', values: {} }],
    ]);
  });

  it('accepts exactly what the contract accepts at each end', () => {
    const section = (expense: Partial<BudgetSection['expenses'][number]>): BudgetSection => ({
      ...emptyBudgetSection(),
      expenses: [
        {
          id: 'rent',
          label: 'Rent',
          category: '',
          monthlyMinor: 1,
          essential: true,
          dayOfMonth: 1,
          ...expense,
        },
      ],
    });
    const form = (change: object) =>
      budgetFormSchema(expenseSpecs, french).safeParse({
        label: 'Rent',
        category: '',
        amount: '1',
        day: '1',
        essential: true,
        ...change,
      }).success;
    const { min, max } = BUDGET_LIMITS.dayOfMonth;
    for (const day of [min - 1, min, max, max + 1]) {
      expect(form({ day: String(day) }), `day ${day}`).toBe(
        budgetSectionSchema.safeParse(section({ dayOfMonth: day })).success,
      );
    }
    for (const length of [BUDGET_LIMITS.label, BUDGET_LIMITS.label + 1]) {
      expect(form({ label: 'x'.repeat(length) })).toBe(
        budgetSectionSchema.safeParse(section({ label: 'x'.repeat(length) })).success,
      );
    }
    // The largest amount: 10 000 000 000 cents = 100 000 000,00 €; a cent more is refused by both.
    for (const [typed, minor] of [
      ['100000000,00', BUDGET_LIMITS.amountMinor],
      ['100000000,01', BUDGET_LIMITS.amountMinor + 1],
    ] as const) {
      expect(form({ amount: typed })).toBe(
        budgetSectionSchema.safeParse(section({ monthlyMinor: minor })).success,
      );
    }
  });
});
