/**
 * End-to-end tests. `browser`: Debian's Chromium against the browser preview, which hosts
 * the real main-process services. `electron`: the same journeys in the real app through
 * Playwright's _electron, skipped with the reason where no Electron binary exists.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from './tests/support/browser-path';

export default defineConfig({
  outputDir: 'test-results/artifacts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // A hang guard, not a speed target: journeys that visit six screens with axe need room
  // on a busy 2-core CI machine.
  timeout: 60_000,
  reporter: [['list']],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: [
    {
      name: 'browser',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        viewport: { width: 1200, height: 860 },
        locale: 'en-US',
        launchOptions: { executablePath: resolveChromium(), args: CHROMIUM_ARGS },
      },
    },
    { name: 'electron', testDir: 'tests/electron' },
  ],
});
