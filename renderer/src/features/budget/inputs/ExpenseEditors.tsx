import { useTranslation } from 'react-i18next';
import { BUDGET_LIMITS as B, type BudgetSection } from '../../../../../preload/contract/budget-section';
import { updateBudget } from '../../../state/budget-store';
import { useBudgetContext } from '../../../views/use-budget-context';
import { ListEditor } from './ListEditor';

type Expense = BudgetSection['expenses'][number];
type OneOff = BudgetSection['oneOffExpenses'][number];

export function RecurringExpenses() {
  const { t } = useTranslation();
  const { section, currency, money, typedMoney } = useBudgetContext();
  return (
    <ListEditor<Expense>
      title={t('budget.expenses.title')}
      addLabel={t('budget.expenses.add')}
      empty={t('budget.expenses.empty')}
      items={section.expenses}
      max={B.expenses}
      specs={[
        { key: 'label', label: t('budget.expenses.label'), kind: 'text' },
        { key: 'category', label: t('budget.expenses.category'), kind: 'text', optional: true },
        { key: 'amount', label: t('budget.expenses.amount', { currency }), kind: 'money' },
        { key: 'day', label: t('budget.expenses.day'), kind: 'int', ...B.dayOfMonth },
        { key: 'essential', label: t('budget.expenses.essential'), kind: 'checkbox' },
      ]}
      blank={{ label: '', category: '', amount: '', day: '1', essential: true }}
      nameOf={(e) => e.label}
      describe={(e) =>
        t('budget.expenses.row', {
          label: e.label,
          amount: money(e.monthlyMinor),
          day: e.dayOfMonth,
          kind: e.essential ? t('budget.expenses.essentialShort') : t('budget.expenses.discretionaryShort'),
        })
      }
      toTyped={(e) => ({
        label: e.label,
        category: e.category,
        amount: typedMoney(e.monthlyMinor),
        day: String(e.dayOfMonth),
        essential: e.essential,
      })}
      idText={(v) => String(v.label)}
      idFallback="expense"
      fromRead={(v, id) => ({
        id,
        label: String(v.label),
        category: String(v.category),
        monthlyMinor: Number(v.amount),
        dayOfMonth: Number(v.day),
        essential: v.essential === true,
      })}
      update={(change) => updateBudget((s) => ({ ...s, expenses: change(s.expenses) }))}
    />
  );
}

export function OneOffExpenses({
  pathCosts,
}: {
  pathCosts: readonly { label: string; amountMinor: number; on: string }[];
}) {
  const { t } = useTranslation();
  const { section, currency, money, typedMoney, typedDay, formatters } = useBudgetContext();
  return (
    <>
      <ListEditor<OneOff>
        title={t('budget.oneOffExpenses.title')}
        addLabel={t('budget.oneOffExpenses.add')}
        empty={t('budget.oneOffExpenses.empty')}
        items={section.oneOffExpenses}
        max={B.oneOffExpenses}
        specs={[
          { key: 'label', label: t('budget.oneOffExpenses.label'), kind: 'text' },
          { key: 'amount', label: t('budget.oneOffExpenses.amount', { currency }), kind: 'money' },
          { key: 'on', label: t('budget.oneOffExpenses.on'), kind: 'day' },
        ]}
        blank={{ label: '', amount: '', on: '' }}
        nameOf={(e) => e.label}
        describe={(e) => `${e.label}: ${money(e.amountMinor)}, ${formatters.day(e.on)}`}
        toTyped={(e) => ({ label: e.label, amount: typedMoney(e.amountMinor), on: typedDay(e.on) })}
        idText={(v) => String(v.label)}
        idFallback="cost"
        fromRead={(v, id) => ({
          id,
          label: String(v.label),
          amountMinor: Number(v.amount),
          on: String(v.on),
        })}
        update={(change) => updateBudget((s) => ({ ...s, oneOffExpenses: change(s.oneOffExpenses) }))}
      />
      {pathCosts.length > 0 ? (
        <section className="card" aria-labelledby="path-costs-title">
          <h2 id="path-costs-title">{t('budget.pathCosts.title')}</h2>
          <p className="muted-text">{t('budget.pathCosts.hint')}</p>
          <ul className="budget-list">
            {pathCosts.map((cost) => (
              <li
                key={`${cost.label}-${cost.on}`}
              >{`${cost.label}: ${money(cost.amountMinor)}, ${formatters.day(cost.on)}`}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
