/**
 * Fills every store from main before the first render, so no screen ever shows empty
 * placeholders that then jump to the real data.
 */
import { plannerApi } from './api';
import { switchLanguage } from '../i18n/i18n';
import { usePreferencesStore } from './preferences-store';
import { useProfileStore } from './profile-store';
import { useSkillsStore } from './skills-store';
import { usePathStore } from './path-store';
import { useApplicationsStore } from './applications-store';
import { useBudgetStore } from './budget-store';
import { useSummaryStore } from './summary-store';
import { useGigStore } from './gig-store';
import { useClaimantStore } from './claimant-store';
import { applyStorageStatus, useStorageStore } from './storage-store';
import type { ApiError } from '../../../preload/contract/result';
import { countryFromLocale } from '../domain/countries';
import type { PlannerDocument } from '../../../preload/contract/document';
import type { StartedLoads } from '../start-loading';

/** Puts every section but the profile and preferences on screen (also after a restore). */
function showSections(document: PlannerDocument): void {
  useSkillsStore.setState({ section: document.skills });
  usePathStore.setState({ section: document.path });
  useApplicationsStore.setState({ section: document.applications });
  useBudgetStore.setState({ section: document.budget });
  useSummaryStore.setState({ section: document.summary });
  useGigStore.setState({ section: document.gig });
  useClaimantStore.setState({ section: document.claimant });
}

/** After a restore: the restored document replaces everything on screen at once. */
export function showRestoredDocument(document: PlannerDocument): void {
  void switchLanguage(document.preferences.language);
  useProfileStore.setState({ profile: document.profile });
  usePreferencesStore.setState(document.preferences);
  showSections(document);
}

/**
 * `started`: the requests start-loading.ts sent (or sends now, for the document) at
 * start-up; without it (tests), they are sent here.
 */
export async function hydrateStores(
  started?: Pick<StartedLoads, 'document' | 'info'>,
): Promise<{ ok: true; document: PlannerDocument } | { ok: false; error: ApiError }> {
  const api = plannerApi();
  const [loaded, info] = await Promise.all([
    started?.document() ?? api.loadDocument(),
    started?.info ?? api.getAppInfo(),
  ]);
  if (!loaded.ok) return loaded;
  const { document, recovery, location, writeProblem } = loaded.value;
  const firstRun = document.profile.onboardedAt === null;
  useProfileStore.setState({
    // First run: suggest the country of the system locale; the user confirms it in onboarding.
    profile: firstRun
      ? { ...document.profile, country: countryFromLocale(navigator.language) }
      : document.profile,
  });
  showSections(document);
  usePreferencesStore.setState(
    // First run: speak the OS language until the user chooses in onboarding.
    firstRun && info.ok
      ? { ...document.preferences, language: info.value.systemLanguage }
      : document.preferences,
  );
  useStorageStore.setState({
    recovery,
    location,
    writeProblem,
    appInfo: info.ok ? info.value : null,
  });
  api.onStorageStatus(applyStorageStatus);
  return { ok: true, document };
}
