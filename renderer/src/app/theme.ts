/** Light or dark: the user's choice, or the OS's when they chose "follow system". */
import { useEffect } from 'react';
import type { ThemeChoice } from '../../../preload/contract/document';
import { usePreferencesStore } from '../state/preferences-store';

const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

export function resolvedTheme(choice: ThemeChoice): 'light' | 'dark' {
  if (choice !== 'system') return choice;
  return darkQuery().matches ? 'dark' : 'light';
}

function applyTheme(choice: ThemeChoice): void {
  document.documentElement.dataset.theme = resolvedTheme(choice);
}

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
