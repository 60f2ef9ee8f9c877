/**
 * Opening and using each section in Chromium with the large planner (2,000 applications,
 * 300 milestones, 36 months, 5 scenarios), against the real preview server. Two figures per
 * step, each the median over a few rounds (fresh page each round):
 * - the longest main-thread task (Long Tasks API; target 100 ms): including the deferred work
 *   that follows the click (lazy chunks, cards and previews built after paint);
 * - the worst interaction (Event Timing, input to next paint, as INP counts it; target 200 ms).
 * Before the first step the page is left to settle (idle prefetching of the sections).
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startPreviewServer } from '../main/browser-preview/preview-server';
import { CHROMIUM_ARGS, resolveChromium } from '../tests/support/browser-path';
import { seededDataFolder } from '../tests/support/data-folder';
import { fullPlanner } from '../tests/support/full-planner';
import type { BenchmarkResult } from './harness';
import { WATCH_MAIN_THREAD, longest, median, readSeen, resetSeen, waitForQuiet } from './page-watch';

const TODAY = '2026-11-21';
const ROUNDS = 3;
const TASK_TARGET_MS = 100;
const INTERACTION_TARGET_MS = 200;

interface Step {
  name: string;
  act: (page: Page) => Promise<void>;
}

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name, exact: true }).click();
const tab = (page: Page, views: string, name: string) =>
  page.getByRole('navigation', { name: views }).getByRole('link', { name, exact: true }).click();
const heading = (page: Page, name: string) =>
  page.getByRole('heading', { level: 1, name, exact: true }).waitFor();

const STEPS: Step[] = [
  {
    name: 'open Skills',
    act: async (page) => (await nav(page, 'Skills & domains'), heading(page, 'Skills & domains')),
  },
  {
    name: 'open Path',
    act: async (page) => {
      await nav(page, 'Path');
      await page.locator('ol.milestones li').first().waitFor();
    },
  },
  {
    name: 'open the Path timeline',
    act: async (page) => (await tab(page, 'Path views', 'Timeline'), heading(page, 'Path')),
  },
  {
    name: 'open Applications (board)',
    act: async (page) => {
      await nav(page, 'Applications');
      await page.locator('.board-card').first().waitFor();
    },
  },
  {
    name: 'open the applications table',
    act: async (page) => {
      await tab(page, 'Application views', 'Table');
      await page.getByText('2000 applications shown').waitFor();
    },
  },
  {
    name: 'open Budget',
    act: async (page) => {
      await nav(page, 'Budget');
      // Both charts (the second is drawn after the first has painted).
      await page.locator('svg.chart-svg').nth(1).waitFor();
    },
  },
  {
    name: 'move the what-if slider (10 keys)',
    act: async (page) => {
      await page.locator('input[type="range"][max="100"]').focus();
      for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight', { delay: 20 });
    },
  },
  {
    name: 'open Export (summary preview)',
    act: async (page) => {
      await nav(page, 'Export');
      // The preview is built just after the screen paints: wait for it to be filled.
      await page.locator('.summary-preview[aria-busy="false"] iframe').waitFor();
    },
  },
  { name: 'open Profile', act: async (page) => (await nav(page, 'Profile'), heading(page, 'Profile')) },
  { name: 'back to Today', act: async (page) => (await nav(page, 'Today'), heading(page, 'Today')) },
];

async function oneRound(page: Page, url: string): Promise<Map<string, { task: number; input: number }>> {
  const figures = new Map<string, { task: number; input: number }>();
  await page.addInitScript(WATCH_MAIN_THREAD);
  await page.goto(url);
  await heading(page, 'Today');
  await waitForQuiet(page, 1000);
  const startup = await readSeen(page);
  figures.set('start-up to Today, then idle', { task: longest(startup.longTasks), input: 0 });
  for (const step of STEPS) {
    await resetSeen(page);
    await step.act(page);
    await waitForQuiet(page);
    const seen = await readSeen(page);
    figures.set(step.name, { task: longest(seen.longTasks), input: longest(seen.toPaint) });
    if (process.env.BENCH_VERBOSE) console.log(step.name, figures.get(step.name));
  }
  return figures;
}

export async function browserSectionsBenchmarks(): Promise<BenchmarkResult[]> {
  const document = fullPlanner({ applications: 2000, milestones: 300, today: TODAY, name: 'Benchmark User' });
  const dataDirectory = seededDataFolder('passerelle-bench-sections-', {
    dataFile: Buffer.from(JSON.stringify(document)),
  });
  const server = await startPreviewServer({ rendererDirectory: resolve('out/renderer'), dataDirectory });
  const browser = await chromium.launch({ executablePath: resolveChromium(), args: CHROMIUM_ARGS });
  try {
    const rounds: Map<string, { task: number; input: number }>[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      try {
        rounds.push(await oneRound(await context.newPage(), server.url));
      } finally {
        await context.close();
      }
    }
    const names = [...(rounds[0]?.keys() ?? [])];
    return names.flatMap((name) => {
      const tasks = rounds.map((round) => round.get(name)?.task ?? 0);
      const inputs = rounds.map((round) => round.get(name)?.input ?? 0);
      const rows: BenchmarkResult[] = [
        {
          name: `chromium, large planner: ${name}: longest task`,
          medianMs: median(tasks),
          p99Ms: Math.max(...tasks),
          samples: ROUNDS,
          targetMs: TASK_TARGET_MS,
        },
      ];
      if (!name.startsWith('start-up'))
        rows.push({
          name: `chromium, large planner: ${name}: worst interaction`,
          medianMs: median(inputs),
          p99Ms: Math.max(...inputs),
          samples: ROUNDS,
          targetMs: INTERACTION_TARGET_MS,
        });
      return rows;
    });
  } finally {
    await browser.close();
    await server.close();
    rmSync(dataDirectory, { recursive: true, force: true });
  }
}
