import { useBudgetView } from './use-budget-view';
import { NO_WHAT_IF } from '../../domain/budget/budget-plan';
import { MoneyOnHand } from './inputs/MoneyOnHand';
import { NewIncomes, OneOffIncomes, SideIncomes } from './inputs/IncomeEditors';
import { OneOffExpenses, RecurringExpenses } from './inputs/ExpenseEditors';

const NO_CHANGE = { ...NO_WHAT_IF, hoursPerWeek: null };

/** Everything that comes in and goes out, list by list. */
export function MoneyInAndOut() {
  const view = useBudgetView(NO_CHANGE);
  return (
    <>
      <MoneyOnHand />
      <RecurringExpenses />
      <OneOffIncomes />
      <SideIncomes />
      <NewIncomes offers={view.offers} />
      <OneOffExpenses pathCosts={view.pathCosts} />
    </>
  );
}
