import { Suspense } from 'react';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { useProfileStore } from '../state/profile-store';
import { TodaySection } from '../features/today/TodaySection';
import { AppShell } from './AppShell';
import { lazyScreen } from '../components/lazy-section';
import { NotFound } from './NotFound';
import { ONBOARDING_CHUNK, SECTION_CHUNKS } from './sections';
import { useAppliedTheme } from './theme';

// Today is in the start-up chunk; each other section is one chunk, loaded on first visit.
const { profile, skills, path, applications, budget } = SECTION_CHUNKS;
const Onboarding = lazyScreen(ONBOARDING_CHUNK, 'Onboarding');
const ProfileSection = lazyScreen(profile, 'ProfileSection');
const SkillsRanking = lazyScreen(skills, 'SkillsRanking');
const SkillsInventory = lazyScreen(skills, 'SkillsInventory');
const DomainEditor = lazyScreen(skills, 'DomainEditor');
const DomainDetail = lazyScreen(skills, 'DomainDetail');
const CompareDomains = lazyScreen(skills, 'CompareDomains');
const PathPage = lazyScreen(path, 'PathPage');
const ApplicationsBoard = lazyScreen(applications, 'ApplicationsBoard');
const ApplicationsTable = lazyScreen(applications, 'ApplicationsTable');
const ApplicationsStats = lazyScreen(applications, 'ApplicationsStats');
const ApplicationsFiles = lazyScreen(applications, 'ApplicationsFiles');
const ApplicationsSettings = lazyScreen(applications, 'ApplicationsSettings');
const NewApplication = lazyScreen(applications, 'NewApplication');
const ApplicationDetail = lazyScreen(applications, 'ApplicationDetail');
const BudgetRunway = lazyScreen(budget, 'BudgetRunway');
const BudgetMoney = lazyScreen(budget, 'BudgetMoney');
const BudgetBenefits = lazyScreen(budget, 'BudgetBenefits');
const BudgetScenarios = lazyScreen(budget, 'BudgetScenarios');
const ExportSummary = lazyScreen(SECTION_CHUNKS.export, 'ExportSummary');
const ExportBackup = lazyScreen(SECTION_CHUNKS.export, 'ExportBackup');
const GigPage = lazyScreen(SECTION_CHUNKS.gig, 'GigPage');
const DutiesPage = lazyScreen(SECTION_CHUNKS.duties, 'DutiesPage');
const AboutPage = lazyScreen(SECTION_CHUNKS.about, 'AboutPage');

/** While a section's chunk loads (a few milliseconds from disk): an empty, busy area. */
const SECTION_LOADING = <div className="section-loading" aria-busy="true" />;

export function App() {
  useAppliedTheme();
  const onboarded = useProfileStore((state) => state.profile?.onboardedAt != null);
  if (!onboarded) {
    return (
      <Suspense fallback={SECTION_LOADING}>
        <Onboarding />
      </Suspense>
    );
  }
  return (
    <Router hook={useHashLocation}>
      <AppShell>
        <Suspense fallback={SECTION_LOADING}>
          <Switch>
            <Route path="/">
              <TodaySection />
            </Route>
            <Route path="/profile">
              <ProfileSection />
            </Route>
            <Route path="/skills">
              <SkillsRanking />
            </Route>
            <Route path="/skills/inventory">
              <SkillsInventory />
            </Route>
            <Route path="/skills/new">
              <DomainEditor domainId={null} />
            </Route>
            <Route path="/skills/domain/:id/edit">
              {(params) => <DomainEditor key={params.id} domainId={params.id} />}
            </Route>
            <Route path="/skills/domain/:id">
              {(params) => <DomainDetail key={params.id} domainId={params.id} />}
            </Route>
            <Route path="/path">
              <PathPage view="plan" />
            </Route>
            <Route path="/path/timeline">
              <PathPage view="timeline" />
            </Route>
            <Route path="/applications">
              <ApplicationsBoard />
            </Route>
            <Route path="/applications/table">
              <ApplicationsTable />
            </Route>
            <Route path="/applications/stats">
              <ApplicationsStats />
            </Route>
            <Route path="/applications/files">
              <ApplicationsFiles />
            </Route>
            <Route path="/applications/settings">
              <ApplicationsSettings />
            </Route>
            <Route path="/applications/new">
              <NewApplication />
            </Route>
            <Route path="/applications/:id">
              {(params) => <ApplicationDetail key={params.id} id={params.id} />}
            </Route>
            <Route path="/budget">
              <BudgetRunway />
            </Route>
            <Route path="/budget/money">
              <BudgetMoney />
            </Route>
            <Route path="/budget/benefits">
              <BudgetBenefits />
            </Route>
            <Route path="/budget/scenarios">
              <BudgetScenarios />
            </Route>
            <Route path="/skills/compare/:ids">
              {(params) => <CompareDomains ids={params.ids.split('+')} />}
            </Route>
            <Route path="/gig">
              <GigPage />
            </Route>
            <Route path="/duties">
              <DutiesPage />
            </Route>
            <Route path="/about">
              <AboutPage />
            </Route>
            <Route path="/export">
              <ExportSummary />
            </Route>
            <Route path="/export/backup">
              <ExportBackup />
            </Route>
            <Route>
              <NotFound />
            </Route>
          </Switch>
        </Suspense>
      </AppShell>
    </Router>
  );
}
