/**
 * The counsellor summary as it stands: built from every section, worded in the export's
 * language, and rendered to the one HTML page that feeds the preview and the PDF.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SummarySettings } from '../../../../preload/contract/summary-section';
import { formattersFor } from '../../components/use-formatters';
import { NO_WHAT_IF } from '../../domain/budget/budget-plan';
import { conventionsFor } from '../../domain/countries';
import { buildSummary, type SummaryWording } from '../../domain/export/summary';
import { useApplicationsStore } from '../../state/applications-store';
import { useBudgetStore } from '../../state/budget-store';
import { useClaimantStore } from '../../state/claimant-store';
import { useGigStore } from '../../state/gig-store';
import { usePreferencesStore } from '../../state/preferences-store';
import { useProfileStore } from '../../state/profile-store';
import { useSkillsStore } from '../../state/skills-store';
import { useBudgetView } from '../../views/use-budget-view';
import { usePathView } from '../../views/use-path-view';
import { skillsView } from '../../domain/matching/skills-view';
import { summaryInputFrom } from '../../domain/export/summary-sources';

const NO_CHANGE = { ...NO_WHAT_IF, hoursPerWeek: null };

/**
 * `build`: false until the Export screen has painted; then the summary (thousands of log
 * rows with a large planner) is built. Until then `summary` is null.
 */
export function useSummaryDocument(settings: SummarySettings, build = true) {
  const { i18n } = useTranslation();
  const interfaceLanguage = usePreferencesStore((state) => state.language);
  const language = settings.language ?? interfaceLanguage;
  const t = useMemo(() => i18n.getFixedT(language), [i18n, language]);
  const profile = useProfileStore((state) => state.profile);
  const skillsSection = useSkillsStore((state) => state.section);
  const applications = useApplicationsStore((state) => state.section);
  const gig = useGigStore((state) => state.section);
  const claimant = useClaimantStore((state) => state.section);
  const rates = useBudgetStore((state) => state.section.exchangeRates);
  const pathView = usePathView();
  const budgetView = useBudgetView(NO_CHANGE);
  const country = profile?.country ?? 'US';
  return useMemo(() => {
    const { currency, paper } = conventionsFor(country);
    if (!build) return { summary: null, language, paper, today: pathView.today, pathView };
    const formatters = formattersFor(language, country);
    const baseline = budgetView.scenarios[0]?.projection;
    const hasBudget = budgetView.section.accounts.length > 0 || budgetView.section.expenses.length > 0;
    const input = summaryInputFrom(
      {
        today: pathView.today,
        settings,
        profile: profile ?? { ...EMPTY_PROFILE, country },
        skills: skillsView(skillsSection, language),
        path: pathView.section,
        schedule: pathView.schedule,
        applications,
        budget:
          hasBudget && baseline && budgetView.verdict
            ? { section: budgetView.section, projection: baseline, verdict: budgetView.verdict }
            : null,
        duties: { gig, claimant, rates },
      },
      t,
    );
    const summary = buildSummary(input, {
      // The summary's keys are built from its parts' names, so it takes t untyped.
      t: t as SummaryWording['t'],
      day: formatters.longDay,
      money: (minor) => formatters.money(minor, currency),
    });
    return { summary, language, paper, today: pathView.today, pathView };
  }, [
    build,
    language,
    country,
    budgetView,
    pathView,
    settings,
    profile,
    skillsSection,
    applications,
    t,
    gig,
    claimant,
    rates,
  ]);
}

const EMPTY_PROFILE = {
  name: '',
  layoffDate: null,
  lastPaidDay: null,
  previousRole: '',
  previousEmployer: '',
  previousMonthlyPay: null,
  hoursPerWeek: 0,
  onboardedAt: null,
};
