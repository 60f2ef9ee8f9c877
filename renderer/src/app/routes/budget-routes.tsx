/** The Budget section's screens: one chunk, loaded on first visit (see ../sections.ts). */
import { BudgetPage } from '../../features/budget/BudgetPage';
import { BudgetOverview } from '../../features/budget/overview/BudgetOverview';
import { MoneyInAndOut } from '../../features/budget/MoneyInAndOut';
import { BenefitsEditor } from '../../features/budget/inputs/BenefitsEditor';
import { ScenarioSettings } from '../../features/budget/inputs/ScenarioSettings';

export function BudgetRunway() {
  return (
    <BudgetPage>
      <BudgetOverview />
    </BudgetPage>
  );
}

export function BudgetMoney() {
  return (
    <BudgetPage>
      <MoneyInAndOut />
    </BudgetPage>
  );
}

export function BudgetBenefits() {
  return (
    <BudgetPage>
      <BenefitsEditor />
    </BudgetPage>
  );
}

export function BudgetScenarios() {
  return (
    <BudgetPage>
      <ScenarioSettings />
    </BudgetPage>
  );
}
