/**
 * Light or dark: the user's choice, or the OS's when they chose "follow system". No store here,
 * so the first frame (before the app's code arrives) paints in the right theme too.
 */
import type { ThemeChoice } from '../../../preload/contract/document';

export const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

export function resolvedTheme(choice: ThemeChoice): 'light' | 'dark' {
  if (choice !== 'system') return choice;
  return darkQuery().matches ? 'dark' : 'light';
}

export function applyTheme(choice: ThemeChoice): void {
  document.documentElement.dataset.theme = resolvedTheme(choice);
}
