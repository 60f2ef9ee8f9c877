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

export const test = base.extend<{ seed: Seed | null; preview: Preview; app: Page }>({
  seed: [null, { option: true }],
  preview: async ({ seed }, use) => {
    const dataDirectory = seededDataFolder('passerelle-e2e-', seed);
    let server: PreviewServer = await startPreviewServer({ rendererDirectory, dataDirectory });
    await use({
      get url() {
        return server.url;
      },
      dataDirectory,
      restart: async () => {
        await server.close();
        server = await startPreviewServer({ rendererDirectory, dataDirectory });
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
