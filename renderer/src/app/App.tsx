import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { useProfileStore } from '../state/profile-store';
import { Onboarding } from '../features/onboarding/Onboarding';
import { ProfileSection } from '../features/profile/ProfileSection';
import { TodaySection } from '../features/today/TodaySection';
import { SkillsPage } from '../features/skills/SkillsPage';
import { DomainRanking } from '../features/skills/ranking/DomainRanking';
import { SkillInventory } from '../features/skills/inventory/SkillInventory';
import { DomainDetail } from '../features/skills/detail/DomainDetail';
import { DomainEditor } from '../features/skills/editor/DomainEditor';
import { CompareDomains } from '../features/skills/compare/CompareDomains';
import { PathPage } from '../features/path/PathPage';
import { ApplicationsPage } from '../features/applications/ApplicationsPage';
import { Board } from '../features/applications/board/Board';
import { ApplicationTable } from '../features/applications/table/ApplicationTable';
import { ApplicationStats } from '../features/applications/stats/ApplicationStats';
import { ApplicationFiles } from '../features/applications/files/ApplicationFiles';
import { ApplicationSettings } from '../features/applications/settings/ApplicationSettings';
import { NewApplication } from '../features/applications/detail/NewApplication';
import { BudgetPage } from '../features/budget/BudgetPage';
import { BudgetOverview } from '../features/budget/overview/BudgetOverview';
import { MoneyInAndOut } from '../features/budget/MoneyInAndOut';
import { BenefitsEditor } from '../features/budget/inputs/BenefitsEditor';
import { ScenarioSettings } from '../features/budget/inputs/ScenarioSettings';
import { ApplicationDetail } from '../features/applications/detail/ApplicationDetail';
import { ExportPage } from '../features/export/ExportPage';
import { SummaryExport } from '../features/export/SummaryExport';
import { BackupCard } from '../features/export/BackupCard';
import { RestoreCard } from '../features/export/RestoreCard';
import { AppShell } from './AppShell';
import { NotFound } from './NotFound';
import { useAppliedTheme } from './theme';

export function App() {
  useAppliedTheme();
  const onboarded = useProfileStore((state) => state.profile?.onboardedAt != null);
  if (!onboarded) return <Onboarding />;
  return (
    <Router hook={useHashLocation}>
      <AppShell>
        <Switch>
          <Route path="/">
            <TodaySection />
          </Route>
          <Route path="/profile">
            <ProfileSection />
          </Route>
          <Route path="/skills">
            <SkillsPage>
              <DomainRanking />
            </SkillsPage>
          </Route>
          <Route path="/skills/inventory">
            <SkillsPage>
              <SkillInventory />
            </SkillsPage>
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
            <ApplicationsPage>
              <Board />
            </ApplicationsPage>
          </Route>
          <Route path="/applications/table">
            <ApplicationsPage>
              <ApplicationTable />
            </ApplicationsPage>
          </Route>
          <Route path="/applications/stats">
            <ApplicationsPage>
              <ApplicationStats />
            </ApplicationsPage>
          </Route>
          <Route path="/applications/files">
            <ApplicationsPage>
              <ApplicationFiles />
            </ApplicationsPage>
          </Route>
          <Route path="/applications/settings">
            <ApplicationsPage>
              <ApplicationSettings />
            </ApplicationsPage>
          </Route>
          <Route path="/applications/new">
            <NewApplication />
          </Route>
          <Route path="/applications/:id">
            {(params) => <ApplicationDetail key={params.id} id={params.id} />}
          </Route>
          <Route path="/budget">
            <BudgetPage>
              <BudgetOverview />
            </BudgetPage>
          </Route>
          <Route path="/budget/money">
            <BudgetPage>
              <MoneyInAndOut />
            </BudgetPage>
          </Route>
          <Route path="/budget/benefits">
            <BudgetPage>
              <BenefitsEditor />
            </BudgetPage>
          </Route>
          <Route path="/budget/scenarios">
            <BudgetPage>
              <ScenarioSettings />
            </BudgetPage>
          </Route>
          <Route path="/skills/compare/:ids">
            {(params) => <CompareDomains ids={params.ids.split('+')} />}
          </Route>
          <Route path="/export">
            <ExportPage>
              <SummaryExport />
            </ExportPage>
          </Route>
          <Route path="/export/backup">
            <ExportPage>
              <BackupCard />
              <RestoreCard />
            </ExportPage>
          </Route>
          <Route>
            <NotFound />
          </Route>
        </Switch>
      </AppShell>
    </Router>
  );
}
