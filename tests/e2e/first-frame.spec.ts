/**
 * The first frame in Chromium, held on screen by delaying the document's answer: it paints in
 * the saved language and theme from the small first-frame facts, the keyboard and screen
 * readers cannot reach it, and the app takes its place once the document is in.
 */
import type { Page } from '@playwright/test';
import { validDocument } from '../support/fixtures';
import { expect, test } from './fixtures';
import { expectNoAxeViolations, saveScreenshot } from './journeys/screens';

const seeded = (language: 'en' | 'fr', theme: 'light' | 'dark') =>
  Buffer.from(JSON.stringify({ ...validDocument(), preferences: { language, theme } }));

/** Holds the requests matching `url` until `release` is called. */
async function hold(page: Page, url: string, onRequest = async () => {}): Promise<() => void> {
  let release = () => undefined as void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await onRequest();
    await held;
    await route.continue();
  });
  return release;
}

/**
 * Holds document:load until `release` is called: the first frame stays on screen meanwhile.
 * `askedAfterTheFrame` says whether the frame was already drawn when the page asked for it.
 */
async function holdTheDocument(page: Page) {
  const asked: boolean[] = [];
  const release = await hold(page, '**/__preview/api/document:load', async () => {
    asked.push(await page.evaluate(() => document.querySelector('.first-frame') !== null));
  });
  return { release, askedAfterTheFrame: () => asked.length > 0 && asked.every(Boolean) };
}

test.describe('in French and dark', () => {
  test.use({ seed: { dataFile: seeded('fr', 'dark') } });

  for (const width of [800, 1280]) {
    test(`the first frame paints before the document, then gives way to the app (${width} px)`, async ({
      page,
      preview,
    }) => {
      await page.setViewportSize({ width, height: 700 });
      const { release, askedAfterTheFrame } = await holdTheDocument(page);
      await page.goto(preview.url);
      const frame = page.locator('.first-frame');
      await expect(frame.locator('h1')).toHaveText('Aujourd’hui');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
      // Screen readers hear that the planner is opening, not a frame about to vanish.
      await expect(page.getByRole('status')).toHaveText('Ouverture de votre planificateur…');
      await expect(page.getByRole('heading')).toHaveCount(0);
      // The keyboard cannot land in it: Tab finds nothing to focus.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('.first-frame') ?? null)).toBeNull();
      await saveScreenshot(page, `first-frame-fr-dark-${width}`);

      release();
      await expect(page.getByRole('heading', { level: 1, name: 'Aujourd’hui' })).toBeVisible();
      // The document (megabytes for a large planner) was asked for once the frame was drawn.
      expect(askedAfterTheFrame()).toBe(true);
      await expect(frame).toHaveCount(0);
      // The app's own shell now: its skip link and its (collapsed under 1,000 px) navigation.
      await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeAttached();
      const menu = page.getByRole('button', { name: /^Menu/ });
      if (width < 1000) await expect(menu).toBeVisible();
      else await expect(page.getByRole('navigation', { name: 'Rubriques' })).toBeVisible();
      await saveScreenshot(page, `first-frame-then-app-fr-dark-${width}`);
    });
  }
});

test.describe('in English and light, on another section', () => {
  test.use({ seed: { dataFile: seeded('en', 'light') } });

  test('a reload on Budget draws the frame without a heading, then opens Budget', async ({
    page,
    preview,
  }) => {
    const { release } = await holdTheDocument(page);
    await page.goto(`${preview.url}#/budget`);
    const frame = page.locator('.first-frame');
    await expect(frame.locator('[aria-current="page"]')).toHaveText('Budget');
    await expect(frame.locator('h1')).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await saveScreenshot(page, 'first-frame-en-light-budget-1280');
    release();
    await expect(page.getByRole('heading', { level: 1, name: 'Budget' })).toBeVisible();
    await expect(frame).toHaveCount(0);
  });
});

test.describe('before React has loaded', () => {
  test.use({ seed: { dataFile: seeded('en', 'light') } });

  test('the frame alone draws no stray line: the shell starts at the top and fits the window', async ({
    page,
    preview,
  }) => {
    await page.setViewportSize({ width: 1280, height: 700 });
    // React's chunk held: only the first frame's own styles are on the page.
    const release = await hold(page, '**/assets/react-*.js');
    await page.goto(preview.url);
    const frame = page.locator('.first-frame');
    await expect(frame.locator('h1')).toHaveText('Today');
    expect((await frame.boundingBox())?.y).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(700);
    expect((await page.getByRole('status').boundingBox())?.height).toBeLessThanOrEqual(1);
    await saveScreenshot(page, 'first-frame-alone-en-light-1280');
    release();
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    await expect(frame).toHaveCount(0);
  });
});

test.describe('a broken install', () => {
  test.use({ seed: { dataFile: seeded('en', 'light') } });

  for (const chunk of ['react', 'app']) {
    test(`says so in words when the ${chunk} chunk does not load, instead of opening for ever`, async ({
      page,
      preview,
    }) => {
      await page.route(`**/assets/${chunk}-*.js`, (route) => route.abort());
      await page.goto(preview.url);
      await expect(page.getByRole('alert')).toContainText(
        'Passerelle could not start: part of the app is missing or damaged. Your planner has not been touched.',
      );
      await expect(page.locator('.first-frame')).toHaveCount(0);
      await expect(page.getByRole('heading', { level: 1, name: 'Passerelle' })).toBeVisible();
      await expectNoAxeViolations(page, `start failure (${chunk} chunk)`);
      await saveScreenshot(page, `start-failure-${chunk}-chunk`);
    });
  }
});
