import { useBudgetSources } from './use-budget-view';
import { MoneyOnHand } from './inputs/MoneyOnHand';
import { NewIncomes, OneOffIncomes, SideIncomes } from './inputs/IncomeEditors';
import { OneOffExpenses, RecurringExpenses } from './inputs/ExpenseEditors';

/** Everything that comes in and goes out, list by list. */
export function MoneyInAndOut() {
  // Only the sources: editing a list needs no projection.
  const view = useBudgetSources();
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
