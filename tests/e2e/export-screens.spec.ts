import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { fullPlanner } from '../support/full-planner';
import { englishLeftIn } from '../support/english-fragments';
import { expect, test } from './fixtures';
import { openSection, visibleText } from './journeys/onboarding';
import { chooseTheme, expectNoAxeViolations, saveScreenshot } from './journeys/screens';
import { saveThrough } from './saved-files';

const planner = (language: 'en' | 'fr') => {
  const document = fullPlanner({
    applications: 30,
    milestones: 10,
    today: '2026-11-21',
    name: 'Amina Diallo',
    // The user's own step titles are in their language.
    ...(language === 'fr' ? { stepTitles: ['Cours de raisonnement clinique', 'Grilles d’évaluation'] } : {}),
  });
  return { ...document, preferences: { language, theme: 'light' as const } };
};

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-21T10:00:00'));
});

/** Saves a backup and chooses it for restore, so the comparison step is on screen. */
async function reviewRestore(app: Page, save: RegExp, choose: RegExp) {
  const backup = await saveThrough(
    app,
    app.getByRole('button', { name: save }),
    /passerelle-backup-.*\.json$/,
  );
  await app.locator('input[type="file"]').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: readFileSync(backup),
  });
  await expect(app.getByRole('button', { name: choose })).toBeVisible();
}

test.describe('in English', () => {
  test.use({ seed: { dataFile: Buffer.from(JSON.stringify(planner('en'))) } });
  for (const theme of ['light', 'dark'] as const) {
    test(`the Export screens are axe-clean in the ${theme} theme`, async ({ app }) => {
      await chooseTheme(app, theme);
      await openSection(app, 'Export');
      await expect(
        app
          .frameLocator('iframe[title="Preview of the counsellor summary"]')
          .getByRole('heading', { level: 1 }),
      ).toHaveText('Transition plan: Amina Diallo');
      await expectNoAxeViolations(app, `export summary (${theme})`);
      await saveScreenshot(app, `export-summary-${theme}`);

      // The summary page itself (the preview's and the PDF's HTML), opened on its own.
      const html = (await app.locator('.summary-preview iframe').getAttribute('srcdoc')) ?? '';
      const summaryPage = await app.context().newPage();
      await summaryPage.setContent(html);
      await expectNoAxeViolations(summaryPage, `summary page (${theme})`);
      await summaryPage.close();

      await app.getByRole('link', { name: 'Backup and restore' }).click();
      await reviewRestore(app, /^Save a backup$/, /^Replace my data with this backup$/);
      await expectNoAxeViolations(app, `export backup (${theme})`);
      await saveScreenshot(app, `export-backup-${theme}`);
    });
  }
});

test.describe('in French', () => {
  test.use({ seed: { dataFile: Buffer.from(JSON.stringify(planner('fr'))) } });
  test('the Export screens and the summary are in French, with no English left', async ({ app }) => {
    await openSection(app, 'Export');
    const frame = app.frameLocator('iframe[title="Aperçu du résumé pour le conseiller"]');
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(
      'Plan de transition\u202f: Amina Diallo',
    );
    expect(englishLeftIn(await visibleText(app)), 'English left on the summary screen').toEqual([]);
    const summaryText = await frame.locator('body').innerText();
    expect(englishLeftIn(summaryText), 'English left in the summary').toEqual([]);
    await saveScreenshot(app, 'export-summary-fr');

    await app.getByRole('link', { name: 'Sauvegarde et restauration' }).click();
    await reviewRestore(app, /^Enregistrer une sauvegarde$/, /^Remplacer mes données par cette sauvegarde$/);
    expect(englishLeftIn(await visibleText(app)), 'English left on backup and restore').toEqual([]);
  });
});
