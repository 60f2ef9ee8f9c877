import { useTranslation } from 'react-i18next';
import { BUDGET_LIMITS as B, type BudgetSection } from '../../../../../preload/contract/budget-section';
import { updateBudget } from '../../../state/budget-store';
import { useBudgetContext } from '../../../views/use-budget-context';
import { ListEditor } from './ListEditor';

type Account = BudgetSection['accounts'][number];

/** Accounts and their balances; emergency-only money is shown but not spent in the runway. */
export function MoneyOnHand() {
  const { t } = useTranslation();
  const { section, currency, money, typedMoney } = useBudgetContext();
  return (
    <ListEditor<Account>
      title={t('budget.accounts.title')}
      addLabel={t('budget.accounts.add')}
      empty={t('budget.accounts.empty')}
      items={section.accounts}
      max={B.accounts}
      specs={[
        { key: 'name', label: t('budget.accounts.name'), kind: 'text' },
        { key: 'balance', label: t('budget.accounts.balance', { currency }), kind: 'signed-money' },
        { key: 'emergencyOnly', label: t('budget.accounts.emergencyOnly'), kind: 'checkbox' },
      ]}
      blank={{ name: '', balance: '', emergencyOnly: false }}
      nameOf={(a) => a.name}
      describe={(a) =>
        `${a.name}: ${money(a.balanceMinor)}${a.emergencyOnly ? ` (${t('budget.accounts.emergencyOnly')})` : ''}`
      }
      toTyped={(a) => ({ name: a.name, balance: typedMoney(a.balanceMinor), emergencyOnly: a.emergencyOnly })}
      idText={(v) => String(v.name)}
      idFallback="account"
      fromRead={(v, id) => ({
        id,
        name: String(v.name),
        balanceMinor: Number(v.balance),
        emergencyOnly: v.emergencyOnly === true,
      })}
      update={(change) => updateBudget((s) => ({ ...s, accounts: change(s.accounts) }))}
    />
  );
}
