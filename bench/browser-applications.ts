/**
 * Applications in Chromium with 2,000 applications: how long the main thread is busy when
 * the board and the table render, when the table filters as the user types, and when a card
 * moves. Two figures per interaction:
 * - the longest main-thread task (target 100 ms, issue 12): the Long Tasks API reports every
 *   task over 50 ms; when there is none, the figure is the longest event handler's own
 *   processing time;
 * - the time from input to the next paint (Event Timing, INP-like; target 200 ms, issue 12),
 *   which also counts layout and paint, done in software on machines without a GPU.
 * Runs against the real preview server (the same services as Electron's main process).
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startPreviewServer } from '../main/browser-preview/preview-server';
import { CHROMIUM_ARGS, resolveChromium } from '../tests/support/browser-path';
import { seededDataFolder } from '../tests/support/data-folder';
import { validDocument } from '../tests/support/fixtures';
import { LARGE_SECTION } from './applications.bench';
import type { BenchmarkResult } from './harness';

// Runs in the page (this file is type-checked for Node, so the page code is a string).
const WATCH_MAIN_THREAD = `
  window.seen = { longTasks: [], handlers: [], toPaint: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.seen.longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.seen.handlers.push(entry.processingEnd - entry.processingStart);
      window.seen.toPaint.push(entry.duration);
    }
  }).observe({ type: 'event', durationThreshold: 16 });
`;

interface Seen {
  longTasks: number[];
  handlers: number[];
  toPaint: number[];
}
const longest = (values: number[]) => values.reduce((max, value) => Math.max(max, value), 0);

async function measure(page: Page, name: string, action: () => Promise<void>): Promise<BenchmarkResult[]> {
  await page.evaluate('window.seen = { longTasks: [], handlers: [], toPaint: [] }');
  await action();
  // Let the deferred work and the paint after it happen, and the observers report.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
  const seen = await page.evaluate<Seen>('window.seen');
  const task = seen.longTasks.length > 0 ? longest(seen.longTasks) : longest(seen.handlers);
  const paint = longest(seen.toPaint);
  return [
    {
      name: `${name}: longest task`,
      medianMs: task,
      p99Ms: task,
      samples: seen.handlers.length,
      targetMs: 100,
    },
    {
      name: `${name}: input to paint`,
      medianMs: paint,
      p99Ms: paint,
      samples: seen.toPaint.length,
      targetMs: 200,
    },
  ];
}

export async function browserApplicationsBenchmarks(): Promise<BenchmarkResult[]> {
  const document = {
    ...validDocument(),
    preferences: { language: 'en' as const, theme: 'light' as const },
    applications: LARGE_SECTION,
  };
  const dataDirectory = seededDataFolder('passerelle-bench-ui-', {
    dataFile: Buffer.from(JSON.stringify(document)),
  });
  const server = await startPreviewServer({ rendererDirectory: resolve('out/renderer'), dataDirectory });
  const browser = await chromium.launch({ executablePath: resolveChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await page.evaluate(WATCH_MAIN_THREAD);
    const views = page.getByRole('navigation', { name: 'Application views' });
    return [
      ...(await measure(page, 'chromium: open the board of 2,000', async () => {
        await page
          .getByRole('navigation', { name: 'Sections' })
          .getByRole('link', { name: 'Applications' })
          .click();
        await page.locator('.board-card').first().waitFor();
      })),
      ...(await measure(page, 'chromium: move a card with Alt+→', async () => {
        const card = page.locator('.board-card .card-title').first();
        const name = (await card.textContent()) ?? '';
        await card.focus();
        await page.keyboard.press('Alt+ArrowRight');
        await page
          .getByRole('status')
          .filter({ hasText: `${name} moved to` })
          .waitFor({ state: 'attached' });
      })),
      ...(await measure(page, 'chromium: open the table of 2,000', async () => {
        await views.getByRole('link', { name: 'Table' }).click();
        await page.getByText('2000 applications shown').waitFor();
      })),
      ...(await measure(page, 'chromium: filter the table while typing', async () => {
        await page.getByLabel('Search').pressSequentially('mercor clinical', { delay: 30 });
        await page
          .getByText(/^\d+ applications? shown$/)
          .filter({ hasNotText: '2000' })
          .waitFor();
      })),
    ];
  } finally {
    await browser.close();
    await server.close();
    rmSync(dataDirectory, { recursive: true, force: true });
  }
}
