import { useBudgetSources } from '../../views/use-budget-view';
import { MoneyOnHand } from './inputs/MoneyOnHand';
import { NewIncomes, OneOffIncomes, SideIncomes } from './inputs/IncomeEditors';
import { OneOffExpenses, RecurringExpenses } from './inputs/ExpenseEditors';
import { ExchangeRates } from './inputs/ExchangeRates';
import { GigTaxSettings } from './inputs/GigTaxSettings';

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
      <GigTaxSettings gig={view.gig} />
      <NewIncomes offers={view.offers} profileHours={view.profileHours} />
      <ExchangeRates />
      <OneOffExpenses pathCosts={view.pathCosts} />
    </>
  );
}
