import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { NO_WHAT_IF } from '../../domain/budget/budget-plan';
import { useBudgetView } from '../../views/use-budget-view';
import { VerdictCard } from '../budget/overview/VerdictCard';

const NO_CHANGE = { ...NO_WHAT_IF, hoursPerWeek: null };

/** The runway status on Today: the Budget's verdict, or a pointer to fill the Budget in. */
export function RunwayCard() {
  const { t } = useTranslation();
  const view = useBudgetView(NO_CHANGE);
  if (view.section.accounts.length === 0 && view.section.expenses.length === 0) {
    return (
      <section className="card" aria-labelledby="today-runway">
        <h2 id="today-runway">{t('budget.today.title')}</h2>
        <p>
          <Link href="/budget/money">{t('budget.today.empty')}</Link>
        </p>
      </section>
    );
  }
  return <VerdictCard view={view} />;
}
