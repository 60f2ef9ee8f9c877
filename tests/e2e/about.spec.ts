/**
 * About & help against the real services: the folders shown are the preview's own, the
 * diagnostics are copied, and the screen is axe-clean in both themes and French throughout.
 */
import { validDocument } from '../support/fixtures';
import { englishLeftIn } from '../support/english-fragments';
import { expect, test } from './fixtures';
import { openSection, visibleText } from './journeys/onboarding';
import { chooseTheme, expectNoAxeViolations, saveScreenshot } from './journeys/screens';

const seeded = (language: 'en' | 'fr') =>
  Buffer.from(JSON.stringify({ ...validDocument(), preferences: { language, theme: 'light' } }));

test.describe('in English', () => {
  test.use({ seed: { dataFile: seeded('en') } });
  for (const theme of ['light', 'dark'] as const) {
    test(`About & help shows this copy's folders and copies them, axe-clean in the ${theme} theme`, async ({
      app,
      preview,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await chooseTheme(app, theme);
      await openSection(app, 'About & help');
      const facts = app.getByRole('region', { name: 'This copy of Passerelle' });
      await expect(facts).toContainText(preview.dataDirectory);
      await expect(facts).toContainText(`${preview.dataDirectory}/logs`);
      await app.getByRole('button', { name: 'Copy diagnostics' }).click();
      await expect(app.getByText('Copied. Paste them into your message.')).toBeVisible();
      expect(await app.evaluate(() => navigator.clipboard.readText())).toContain(
        `Your data folder: ${preview.dataDirectory}`,
      );
      await expectNoAxeViolations(app, `about (${theme})`);
      await saveScreenshot(app, `about-${theme}`);
    });
  }
});

test.describe('in French', () => {
  test.use({ seed: { dataFile: seeded('fr') } });
  test('À propos et aide is in French, with no English left', async ({ app }) => {
    await openSection(app, 'À propos et aide');
    await expect(app.getByRole('heading', { level: 1, name: 'À propos et aide' })).toBeVisible();
    expect(englishLeftIn(await visibleText(app))).toEqual([]);
    await saveScreenshot(app, 'about-fr');
  });
});
