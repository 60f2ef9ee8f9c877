import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionHeading } from '../../components/SectionHeading';
import { ViewTabs } from '../../components/ViewTabs';

const TABS = [
  ['/budget', 'overview'],
  ['/budget/money', 'money'],
  ['/budget/benefits', 'benefits'],
  ['/budget/scenarios', 'scenarios'],
] as const;

/** The Budget section's frame: heading and views around one view. */
export function BudgetPage({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <SectionHeading title={t('budget.title')} intro={t('budget.intro')} />
      <ViewTabs
        label={t('budget.tabs.label')}
        tabs={TABS.map(([href, key]) => ({ href, text: t(`budget.tabs.${key}`) }))}
      />
      {children}
    </>
  );
}
