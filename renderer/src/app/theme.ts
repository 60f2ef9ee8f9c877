/** Light or dark: the user's choice, or the OS's when they chose "follow system". */
import type { ThemeChoice } from '../../../preload/contract/document';

const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

export function resolvedTheme(choice: ThemeChoice): 'light' | 'dark' {
  if (choice !== 'system') return choice;
  return darkQuery().matches ? 'dark' : 'light';
}

export function applyTheme(choice: ThemeChoice): void {
  document.documentElement.dataset.theme = resolvedTheme(choice);
}

export function watchSystemTheme(currentChoice: () => ThemeChoice): void {
  darkQuery().addEventListener('change', () => applyTheme(currentChoice()));
}
