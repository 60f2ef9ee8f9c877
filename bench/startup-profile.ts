/**
 * `node --import tsx bench/startup-profile.ts [applications]`: where the start-up time goes,
 * for diagnosis (not part of `npm run bench`). Loads the app and the blank page a few times in
 * fresh contexts and prints the median time of each step: the response, the bridge script,
 * every JS chunk, the document:load and app-info round trips, the first DOM change under
 * #root, and the frame after the Today heading.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { startPreviewServer } from '../main/browser-preview/preview-server';
import { CHROMIUM_ARGS, resolveChromium } from '../tests/support/browser-path';
import { seededDataFolder } from '../tests/support/data-folder';
import { fullPlanner } from '../tests/support/full-planner';
import { buildBlankPage } from './blank-page';
import { median } from './page-watch';

const ROUNDS = Number(process.env.PROFILE_ROUNDS ?? 7);
const applications = Number(process.argv[2] ?? 2000);

const WATCH = `
  window.steps = {};
  let reached;
  window.headingFrame = new Promise((done) => { reached = done; });
  const mark = (name) => { if (!(name in window.steps)) window.steps[name] = performance.now(); };
  new MutationObserver(() => {
    const root = document.getElementById('root');
    if (root && root.querySelector('.boot-message') === null) mark('root changed');
    if ([...document.querySelectorAll('h1')].some((h) => h.textContent.trim() === 'Today')) {
      mark('heading in DOM');
      requestAnimationFrame(() => mark('frame after heading'));
    }
    // The app itself, not the first frame's picture of it: Today's content.
    const real = [...document.querySelectorAll('h1')].some((h) => h.textContent.trim() === 'Today' && !h.closest('.first-frame'));
    if (real && !('content in DOM' in window.steps)) {
      mark('content in DOM');
      requestAnimationFrame(() => { mark('frame after content'); reached(); });
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
`;

async function profile(browser: Browser, url: string): Promise<Record<string, number>> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript(WATCH);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    await page.evaluate('window.headingFrame');
    return await page.evaluate<Record<string, number>>(`(() => {
      const steps = { ...window.steps };
      const nav = performance.getEntriesByType('navigation')[0];
      steps['response end'] = nav.responseEnd;
      steps['DOMContentLoaded'] = nav.domContentLoadedEventEnd;
      for (const r of performance.getEntriesByType('resource')) {
        const name = r.name.replace(/^.*\\//, '').replace(/-[A-Za-z0-9_-]{8}\\.js$/, '.js');
        steps['start ' + name] = r.startTime;
        steps['end ' + name] = r.responseEnd;
      }
      return steps;
    })()`);
  } finally {
    await context.close();
  }
}

const document = fullPlanner({ applications, milestones: 300, today: '2026-11-21', name: 'Benchmark User' });
const dataDirectory = seededDataFolder('passerelle-profile-', {
  dataFile: Buffer.from(JSON.stringify(document)),
});
const blankData = seededDataFolder('passerelle-profile-blank-', null);
const blank = await buildBlankPage();
const app = await startPreviewServer({ rendererDirectory: resolve('out/renderer'), dataDirectory });
const blankServer = await startPreviewServer({
  rendererDirectory: blank.directory,
  dataDirectory: blankData,
});
// PROFILE_BASELINE=<other builds' out/renderer, comma-separated>: profiled in the same rounds.
const baselines = await Promise.all(
  (process.env.PROFILE_BASELINE ?? '')
    .split(',')
    .filter(Boolean)
    .map((directory) => startPreviewServer({ rendererDirectory: resolve(directory), dataDirectory })),
);
const pages: [string, string][] = [
  ['blank', blankServer.url],
  ...baselines.map((server, index): [string, string] => [`baseline ${index + 1}`, server.url]),
  ['app', app.url],
];
const browser = await chromium.launch({ executablePath: resolveChromium(), args: CHROMIUM_ARGS });
try {
  const results = pages.map((): Record<string, number>[] => []);
  for (const [, url] of pages) await profile(browser, url);
  for (let i = 0; i < ROUNDS; i++)
    for (const [index, [, url]] of pages.entries()) results[index]?.push(await profile(browser, url));
  for (const [index, [label]] of pages.entries()) {
    const rounds = results[index] ?? [];
    const names = Object.keys(rounds[0] ?? {});
    const rows = names
      .map((name) => [name, median(rounds.map((round) => round[name] ?? Number.NaN))] as const)
      .sort((a, b) => a[1] - b[1]);
    console.log(`\n${label} (${applications} applications), medians of ${ROUNDS}:`);
    for (const [name, ms] of rows) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${name}`);
  }
} finally {
  await browser.close();
  await app.close();
  for (const server of baselines) await server.close();
  await blankServer.close();
  rmSync(dataDirectory, { recursive: true, force: true });
  rmSync(blankData, { recursive: true, force: true });
  blank.remove();
}
