/**
 * Layout from an 800 × 600 window to a wide screen: the navigation folds into a menu under
 * about 1,000 px, nothing sticks out of the page sideways (wide things scroll inside their
 * own area), axe stays clean, and every section is photographed at 800, 1,280 and 1,920 px
 * in English (light) and French (dark), with long names and large amounts, to be looked at.
 */
import type { Page } from '@playwright/test';
import type { PlannerDocument } from '../../preload/contract/document';
import { fullPlanner } from '../support/full-planner';
import { expect, test } from './fixtures';
import { SCREENS } from './journeys/onboarding';
import { expectNoAxeViolations, saveScreenshot } from './journeys/screens';
import {
  expectNothingOffTheSide,
  expectScrollAreasCued,
  goToSection,
  menuButton,
  tabUntilFocused,
} from './journeys/layout';

const TODAY = '2026-11-21';
const LONG_ORGANISATION =
  'Agence nationale pour la formation professionnelle des adultes — Direction régionale Auvergne-Rhône-Alpes';

function wideAndLongPlanner(language: 'en' | 'fr', theme: 'light' | 'dark'): PlannerDocument {
  const document = fullPlanner({
    applications: 40,
    milestones: 12,
    today: TODAY,
    name: 'Marie-Éléonore Duchâteau-Villeneuve',
  });
  const [first, ...rest] = document.applications.applications;
  if (!first) throw new Error('expected generated applications');
  return {
    ...document,
    preferences: { language, theme },
    applications: {
      ...document.applications,
      applications: [
        {
          ...first,
          organisation: LONG_ORGANISATION,
          role: 'Rédacteur·rice de consignes médicales et pharmaceutiques',
        },
        ...rest,
      ],
    },
    budget: {
      ...document.budget,
      accounts: [
        ...document.budget.accounts,
        // A large amount (98,765,432.10, near the largest allowed) in every cell and axis it reaches.
        {
          id: 'company-plan',
          name: 'Plan d’épargne entreprise (bloqué jusqu’en 2031)',
          balanceMinor: 9876543210,
          emergencyOnly: false,
        },
      ],
    },
  };
}

const WIDTHS = [
  { width: 800, height: 600 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;
const LOOKS = [
  { language: 'en', theme: 'light' },
  { language: 'fr', theme: 'dark' },
] as const;
const TABLE_VIEW = { en: 'Table', fr: 'Liste' } as const;
const STATS_VIEW = { en: 'Statistics', fr: 'Statistiques' } as const;
const VIEWS_NAV = { en: 'Application views', fr: 'Vues des candidatures' } as const;

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
});

for (const look of LOOKS) {
  test.describe(`in ${look.language}, ${look.theme}`, () => {
    test.use({
      seed: { dataFile: Buffer.from(JSON.stringify(wideAndLongPlanner(look.language, look.theme))) },
    });
    for (const { width, height } of WIDTHS) {
      test(`every section fits a ${width} px window, axe-clean, photographed`, async ({ page, preview }) => {
        test.setTimeout(150_000);
        await page.setViewportSize({ width, height });
        await page.goto(preview.url);
        await expect(page.locator('html')).toHaveAttribute('data-theme', look.theme);
        const shot = (id: string) => `layout-${width}-${look.language}-${look.theme}-${id}`;
        for (const screen of SCREENS) {
          await goToSection(page, screen[look.language]);
          // The charts may come after the first paint: check the page with them drawn.
          if (screen.id === 'budget') await expect(page.locator('svg.chart-svg')).toHaveCount(2);
          if (screen.id === 'export') {
            // Layout only needs the preview filled: its built page is in the frame's srcdoc (the
            // export specs check what the frame shows; this journey checks what fits the window).
            await expect(page.locator('.summary-preview iframe')).toHaveAttribute('srcdoc', /<h1>/, {
              timeout: 20_000,
            });
          }
          await expectNothingOffTheSide(page, `${screen.id} at ${width} px`);
          await expectScrollAreasCued(page, `${screen.id} at ${width} px`);
          await expectNoAxeViolations(page, `${screen.id} at ${width} px (${look.language}, ${look.theme})`);
          await saveScreenshot(page, shot(screen.id));
          if (screen.id === 'path') {
            await page.evaluate(() => {
              window.location.hash = '#/path/timeline';
            });
            await expect(page.locator('.timeline')).toBeVisible();
            await expectNothingOffTheSide(page, `path timeline at ${width} px`);
            await expectScrollAreasCued(page, `path timeline at ${width} px`);
            await saveScreenshot(page, shot('path-timeline'));
          }
          if (screen.id !== 'applications') continue;
          await page
            .getByRole('navigation', { name: VIEWS_NAV[look.language] })
            .getByRole('link', { name: TABLE_VIEW[look.language] })
            .click();
          await expect(page.locator('.applications-table tbody tr').first()).toBeVisible();
          await expectNothingOffTheSide(page, `applications table at ${width} px`);
          await expectScrollAreasCued(page, `applications table at ${width} px`);
          await expectNoAxeViolations(
            page,
            `applications table at ${width} px (${look.language}, ${look.theme})`,
          );
          await saveScreenshot(page, shot('applications-table'));
          await page
            .getByRole('navigation', { name: VIEWS_NAV[look.language] })
            .getByRole('link', { name: STATS_VIEW[look.language] })
            .click();
          await expect(page.locator('svg.chart-svg').first()).toBeVisible();
          await expectNothingOffTheSide(page, `applications statistics at ${width} px`);
          await saveScreenshot(page, shot('applications-stats'));
        }
      });
    }
  });
}

/**
 * Every section the journeys visit has its link in the navigation, shown. By name, not by
 * count: a section added later (About) does not break this check, a missing one does.
 */
async function expectEverySectionLinked(page: Page): Promise<void> {
  const navigation = page.getByRole('navigation', { name: 'Sections' });
  for (const screen of SCREENS) {
    await expect(navigation.getByRole('link', { name: screen.en, exact: true })).toBeVisible();
  }
}

test.describe('the navigation menu in a narrow window', () => {
  test.use({ seed: { dataFile: Buffer.from(JSON.stringify(wideAndLongPlanner('en', 'light'))) } });

  test('opens and closes by keyboard, names the current section, and closes after a choice', async ({
    page,
    preview,
  }) => {
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto(preview.url);
    const button = menuButton(page);
    const links = page.getByRole('navigation', { name: 'Sections' }).getByRole('link');
    await expect(button).toHaveAccessibleName('Menu current section: Today');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(links.first()).toBeHidden();
    await expect(page.getByLabel('Theme')).toBeHidden();

    // Keyboard only: the skip link, then the menu button.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const panel = page.locator(`#${await button.getAttribute('aria-controls')}`);
    await expect(panel).toBeVisible();
    await expectEverySectionLinked(page);
    await expect(page.getByRole('link', { name: 'Today' })).toHaveAttribute('aria-current', 'page');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Today' })).toBeFocused();
    // Focus is visible on the link.
    const outline = await page
      .getByRole('link', { name: 'Today' })
      .evaluate((link) => getComputedStyle(link).outlineStyle);
    expect(outline).toBe('solid');
    await expectNoAxeViolations(page, 'the open menu at 800 px');
    await saveScreenshot(page, 'layout-800-en-light-menu-open');

    await page.keyboard.press('Escape');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toBeFocused();
    await expect(links.first()).toBeHidden();

    await page.keyboard.press('Space');
    await page.getByRole('link', { name: 'Budget' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Budget' })).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toHaveAccessibleName('Menu current section: Budget');
  });

  test('is a plain sidebar in a wide window', async ({ page, preview }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(preview.url);
    await expect(menuButton(page)).toBeHidden();
    await expectEverySectionLinked(page);
    await expect(page.getByRole('link', { name: 'Budget' })).toBeVisible();
    await expect(page.getByLabel('Theme')).toBeVisible();
  });
});

test.describe('the board and the table in a narrow window', () => {
  test.use({ seed: { dataFile: Buffer.from(JSON.stringify(wideAndLongPlanner('en', 'light'))) } });

  test('are reached by Tab as named regions, and the board scrolls sideways by arrow key', async ({
    page,
    preview,
  }) => {
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto(preview.url);
    await goToSection(page, 'Applications');

    // Found by role and name: the board announces itself as "Applications board, region".
    const board = page.getByRole('region', { name: 'Applications board' });
    await board.evaluate((element) => element.scrollTo({ left: 0 }));
    await page.getByRole('heading', { level: 1, name: 'Applications' }).click();
    await tabUntilFocused(page, board);
    const outline = await board.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).toBe('solid');
    // At 800 px the last columns are out of view: the arrow keys bring them in.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => board.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);

    await page
      .getByRole('navigation', { name: VIEWS_NAV.en })
      .getByRole('link', { name: TABLE_VIEW.en })
      .click();
    const table = page.getByRole('region', { name: 'Applications', exact: true });
    await expect(table.locator('tbody tr').first()).toBeVisible();
    await page.getByRole('heading', { level: 1, name: 'Applications' }).click();
    await tabUntilFocused(page, table);
    await expect(table.getByRole('table')).toBeVisible();
  });
});
