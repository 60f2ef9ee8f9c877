/**
 * Each test gets its own data folder and its own preview server (the real main-process
 * services), optionally seeded with a data file and backups to start from.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { startPreviewServer, type PreviewServer } from '../../main/browser-preview/preview-server';
import { seededDataFolder, type Seed } from '../support/data-folder';

export interface Preview {
  readonly url: string;
  readonly dataDirectory: string;
  /** Stops the server (flushing pending writes) and starts a new one on the same folder. */
  restart(): Promise<void>;
}

const rendererDirectory = resolve('out/renderer');

/**
 * The day every page believes it is, unless a test sets another: results never depend on the
 * day the suite runs. Set PASSERELLE_TEST_TODAY (YYYY-MM-DD) to run the journeys on a hard day.
 */
export const E2E_TODAY = process.env.PASSERELLE_TEST_TODAY || '2026-11-18';
export const E2E_NOW = new Date(`${E2E_TODAY}T10:00:00`);
const startedAt = Date.now();
/** The services' clock (backup names, prepared-on dates): the same day, moving forward. */
export const e2eServerNow = (): Date => new Date(E2E_NOW.getTime() + (Date.now() - startedAt));

export const test = base.extend<{ seed: Seed | null; preview: Preview; app: Page }>({
  seed: [null, { option: true }],
  page: async ({ page }, use) => {
    await page.clock.setFixedTime(E2E_NOW);
    await use(page);
  },
  preview: async ({ seed }, use) => {
    const dataDirectory = seededDataFolder('passerelle-e2e-', seed);
    let server: PreviewServer = await startPreviewServer({
      rendererDirectory,
      dataDirectory,
      now: e2eServerNow,
    });
    await use({
      get url() {
        return server.url;
      },
      dataDirectory,
      restart: async () => {
        await server.close();
        server = await startPreviewServer({ rendererDirectory, dataDirectory, now: e2eServerNow });
      },
    });
    await server.close();
    rmSync(dataDirectory, { recursive: true, force: true });
  },
  app: async ({ page, preview }, use) => {
    await page.goto(preview.url);
    await use(page);
  },
});

export { expect };
