/**
 * The browser preview behaves like a good local server: a busy default port is swapped for a
 * free one, a busy port asked for by name gets one clear line, and SIGTERM saves and exits
 * promptly with a page connected and Chromium started for a PDF.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { DEFAULT_PREVIEW_PORT } from '../../main/browser-preview/listen';
import { storagePaths } from '../../main/services/storage/storage-paths';
import { seededDataFolder } from '../support/data-folder';
import { validDocument } from '../support/fixtures';
import { spawnPreview } from '../support/preview-process';

// Both start-up tests need the default port; run this file's tests one after the other.
test.describe.configure({ mode: 'serial' });

/** Holds a port so the preview finds it busy; a port already held by something else is busy too. */
async function holdPort(port: number): Promise<Server | null> {
  const server = createServer();
  return new Promise((resolve) => {
    server.once('error', () => resolve(null));
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

test('a busy default port: the preview says so in one line and serves on a free one', async ({ page }) => {
  const holder = await holdPort(DEFAULT_PREVIEW_PORT);
  const dataDirectory = seededDataFolder('passerelle-port-');
  const preview = spawnPreview({ PASSERELLE_DATA_DIR: dataDirectory, PORT: '' });
  try {
    const url = await preview.url;
    expect(new URL(url).port).not.toBe(String(DEFAULT_PREVIEW_PORT));
    expect(preview.output()).toContain(`Port ${DEFAULT_PREVIEW_PORT} is in use`);
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  } finally {
    preview.child.kill('SIGTERM');
    await preview.exited;
    holder?.close();
    rmSync(dataDirectory, { recursive: true, force: true });
  }
});

test('a busy port asked for by name: one line, exit 1, no trace, the data folder untouched', async () => {
  const holder = (await holdPort(0)) as Server;
  const port = (holder.address() as AddressInfo).port;
  const dataDirectory = seededDataFolder('passerelle-port-');
  const preview = spawnPreview({ PASSERELLE_DATA_DIR: dataDirectory, PORT: String(port) });
  const { code } = await preview.exited;
  holder.close();
  expect(code).toBe(1);
  expect(preview.output().trim()).toBe(
    `Port ${port} is already in use. Stop what uses it, or choose another: PORT=5200 npm run preview:browser`,
  );
  // Nothing was written, so the next start is still a first run, not a "recovery".
  expect(readdirSync(dataDirectory)).toEqual([]);
  rmSync(dataDirectory, { recursive: true, force: true });
});

test('SIGTERM with a page connected and a PDF printed: the change is saved and it exits within a second', async ({
  page,
}) => {
  const document = validDocument();
  const dataDirectory = seededDataFolder('passerelle-stop-', {
    dataFile: Buffer.from(JSON.stringify(document)),
  });
  const preview = spawnPreview({ PASSERELLE_DATA_DIR: dataDirectory, PORT: '0' });
  try {
    await page.goto(await preview.url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const saved = await page.evaluate(async () => {
      const pdf = await window.api.savePdf({
        fileName: 'summary.pdf',
        html: '<!doctype html><title>t</title><p>hello</p>',
        paper: 'A4',
      });
      const change = await window.api.saveSection({
        section: 'preferences',
        value: { language: 'fr', theme: 'dark' },
      });
      return pdf.ok && change.ok;
    });
    expect(saved).toBe(true);
    // Within the save's quiet period: only the shutdown's flush can have written the change.
    const sentAt = performance.now();
    preview.child.kill('SIGTERM');
    const { code, at } = await preview.exited;
    expect(code).toBe(0);
    expect(at - sentAt).toBeLessThan(1000);
    const onDisk = JSON.parse(readFileSync(storagePaths(dataDirectory).dataFile, 'utf8')) as typeof document;
    expect(onDisk.preferences).toEqual({ language: 'fr', theme: 'dark' });
    expect(existsSync(storagePaths(dataDirectory).exportsDirectory)).toBe(true);
  } finally {
    preview.child.kill('SIGKILL');
    rmSync(dataDirectory, { recursive: true, force: true });
  }
});
