/** The theme the page shows, kept in step with the preference (theme-choice.ts decides it). */
import { useEffect } from 'react';
import { applyTheme, darkQuery } from './theme-choice';
import { usePreferencesStore } from '../state/preferences-store';

/** Keeps <html data-theme> in step with the preference and, for "system", with the OS. */
export function useAppliedTheme(): void {
  const choice = usePreferencesStore((state) => state.theme);
  useEffect(() => {
    applyTheme(choice);
    if (choice !== 'system') return;
    const query = darkQuery();
    const follow = () => applyTheme('system');
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, [choice]);
}
