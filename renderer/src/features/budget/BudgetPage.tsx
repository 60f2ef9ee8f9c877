import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { SectionHeading } from '../../components/SectionHeading';

const TABS = [
  ['/budget', 'overview'],
  ['/budget/money', 'money'],
  ['/budget/benefits', 'benefits'],
  ['/budget/scenarios', 'scenarios'],
] as const;

/** The Budget section's frame: heading and views around one view. */
export function BudgetPage({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [location] = useLocation();
  return (
    <>
      <SectionHeading title={t('budget.title')} intro={t('budget.intro')} />
      <nav aria-label={t('budget.tabs.label')} className="tabs">
        {TABS.map(([href, key]) => (
          <Link key={href} href={href} className="tab" aria-current={location === href ? 'page' : undefined}>
            {t(`budget.tabs.${key}`)}
          </Link>
        ))}
      </nav>
      {children}
    </>
  );
}
