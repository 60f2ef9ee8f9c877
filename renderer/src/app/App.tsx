import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { useProfileStore } from '../state/profile-store';
import { Onboarding } from '../features/onboarding/Onboarding';
import { ComingSoon } from '../features/coming-soon/ComingSoon';
import { ProfileSection } from '../features/profile/ProfileSection';
import { TodaySection } from '../features/today/TodaySection';
import { AppShell } from './AppShell';
import { NotFound } from './NotFound';
import { UPCOMING_SECTIONS } from './sections';
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
          {UPCOMING_SECTIONS.map((id) => (
            <Route key={id} path={`/${id}`}>
              <ComingSoon section={id} />
            </Route>
          ))}
          <Route>
            <NotFound />
          </Route>
        </Switch>
      </AppShell>
    </Router>
  );
}
