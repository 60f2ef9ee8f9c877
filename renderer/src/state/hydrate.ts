/**
 * Fills every store from main before the first render, so no screen ever shows empty
 * placeholders that then jump to the real data.
 */
import { plannerApi } from './api';
import { usePreferencesStore } from './preferences-store';
import { useProfileStore } from './profile-store';
import { useSkillsStore } from './skills-store';
import { usePathStore } from './path-store';
import { useApplicationsStore } from './applications-store';
import { useBudgetStore } from './budget-store';
import { applyStorageStatus, useStorageStore } from './storage-store';
import type { ApiError } from '../../../preload/contract/result';
import { countryFromLocale } from '../domain/countries';
import type { PlannerDocument } from '../../../preload/contract/document';

export async function hydrateStores(): Promise<
  { ok: true; document: PlannerDocument } | { ok: false; error: ApiError }
> {
  const api = plannerApi();
  const [loaded, info] = await Promise.all([api.loadDocument(), api.getAppInfo()]);
  if (!loaded.ok) return loaded;
  const { document, recovery, location, writeProblem } = loaded.value;
  const firstRun = document.profile.onboardedAt === null;
  useProfileStore.setState({
    // First run: suggest the country of the system locale; the user confirms it in onboarding.
    profile: firstRun
      ? { ...document.profile, country: countryFromLocale(navigator.language) }
      : document.profile,
  });
  useSkillsStore.setState({ section: document.skills });
  usePathStore.setState({ section: document.path });
  useApplicationsStore.setState({ section: document.applications });
  useBudgetStore.setState({ section: document.budget });
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
