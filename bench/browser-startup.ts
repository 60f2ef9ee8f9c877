/**
 * Start-up in Chromium: the time from navigation to the frame that paints the "Today"
 * heading, for the app with 100, 2,000 and 5,000 applications, divided by the same time for a
 * blank Vite + React page built and served beside it in the same run (target: 1.5 × at most,
 * whatever the number of applications). Each round loads every page once, in a fresh browser
 * context (a cold cache, like a new window), interleaved so that a busy moment on this shared
 * machine hits all of them alike; the figure is the ratio of the medians. Also the initial
 * JavaScript: every script the app fetched before the heading painted, gzipped (target: 150 kB).
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { startPreviewServer, type PreviewServer } from '../main/browser-preview/preview-server';
import { CHROMIUM_ARGS, resolveChromium } from '../tests/support/browser-path';
import { seededDataFolder } from '../tests/support/data-folder';
import { fullPlanner } from '../tests/support/full-planner';
import { buildBlankPage } from './blank-page';
import type { BenchmarkResult } from './harness';
import { initialJavaScript, SCRIPTS_BEFORE } from './initial-js';
import { median } from './page-watch';

const TODAY = '2026-11-21';
const ROUNDS = 9;
const SIZES = [100, 2000, 5000] as const;
const TARGET_RATIO = 1.5;
const TARGET_INITIAL_KB = 150;

// Runs before the page's own scripts: resolves with the time of the frame after the first
// <h1>Today</h1> reaches the document.
const TIME_TO_HEADING = `
  window.timeToHeading = new Promise((done) => {
    const shown = () => [...document.querySelectorAll('h1')].some((h) => h.textContent.trim() === 'Today');
    const observer = new MutationObserver(() => {
      if (!shown()) return;
      observer.disconnect();
      requestAnimationFrame(() => done(performance.now()));
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  });
`;

async function timeToHeading(browser: Browser, url: string): Promise<{ ms: number; scripts: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript(TIME_TO_HEADING);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    const ms = await page.evaluate<number>('window.timeToHeading');
    return { ms, scripts: await page.evaluate<string[]>(SCRIPTS_BEFORE(ms)) };
  } finally {
    await context.close();
  }
}

function plannerServer(applications: number): Promise<PreviewServer> {
  const document = fullPlanner({ applications, milestones: 300, today: TODAY, name: 'Benchmark User' });
  const dataDirectory = seededDataFolder(`passerelle-bench-start-${applications}-`, {
    dataFile: Buffer.from(JSON.stringify(document)),
  });
  return startPreviewServer({ rendererDirectory: resolve('out/renderer'), dataDirectory });
}

export async function browserStartupBenchmarks(): Promise<BenchmarkResult[]> {
  const blank = await buildBlankPage();
  const blankData = seededDataFolder('passerelle-bench-blank-', null);
  const servers: PreviewServer[] = [];
  const browser = await chromium.launch({ executablePath: resolveChromium(), args: CHROMIUM_ARGS });
  try {
    const blankServer = await startPreviewServer({
      rendererDirectory: blank.directory,
      dataDirectory: blankData,
    });
    servers.push(blankServer);
    for (const size of SIZES) servers.push(await plannerServer(size));
    const urls = servers.map((server) => server.url);
    const times: number[][] = urls.map(() => []);
    const appScripts = new Set<string>();
    // One warm-up round (Chromium's own first-use costs), then the measured rounds.
    for (const url of urls) await timeToHeading(browser, url);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [index, url] of urls.entries()) {
        const { ms, scripts } = await timeToHeading(browser, url);
        times[index]?.push(ms);
        if (index > 0) scripts.forEach((script) => appScripts.add(script));
      }
    }
    const initial = initialJavaScript(resolve('out/renderer'), appScripts);
    const blankMedian = median(times[0] ?? []);
    console.log(
      `start-up medians: blank page ${blankMedian.toFixed(0)} ms; ` +
        SIZES.map((size, i) => `${size} applications ${median(times[i + 1] ?? []).toFixed(0)} ms`).join(', '),
    );
    console.log(
      `initial JS (fetched before Today painted): ${initial.files.length} files, ` +
        `${(initial.rawBytes / 1024).toFixed(0)} kB raw, ${(initial.gzipBytes / 1024).toFixed(1)} kB gzip`,
    );
    return [
      ...SIZES.map((size, i) => {
        const ratios = (times[i + 1] ?? []).map((ms, round) => ms / (times[0]?.[round] ?? ms));
        return {
          name: `chromium: start-up to Today, ${size.toLocaleString('en')} applications ÷ blank page`,
          medianMs: median(times[i + 1] ?? []) / blankMedian,
          p99Ms: Math.max(...ratios),
          samples: ROUNDS,
          targetMs: TARGET_RATIO,
          unit: '×' as const,
        };
      }),
      {
        name: 'chromium: initial JS (fetched before Today paints), gzip',
        medianMs: initial.gzipBytes / 1024,
        p99Ms: initial.gzipBytes / 1024,
        samples: initial.files.length,
        targetMs: TARGET_INITIAL_KB,
        unit: 'kB' as const,
      },
    ];
  } finally {
    await browser.close();
    for (const server of servers) {
      await server.close();
      rmSync(server.dataDirectory, { recursive: true, force: true });
    }
    rmSync(blankData, { recursive: true, force: true });
    blank.remove();
  }
}
