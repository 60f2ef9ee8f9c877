import { expect, test } from './fixtures';
import { completeOnboarding, openSection, SCREENS } from './journeys/onboarding';
import { chooseTheme, expectNoAxeViolations, saveScreenshot } from './journeys/screens';

for (const theme of ['light', 'dark'] as const) {
  test(`onboarding is axe-clean in the ${theme} OS theme`, async ({ page, preview }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(preview.url);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expectNoAxeViolations(page, `onboarding (${theme})`);
    await saveScreenshot(page, `onboarding-${theme}`);
    // Errors shown are part of the screen too.
    await page.getByRole('button', { name: 'Start planning' }).click();
    await expect(page.getByText('This field is required.')).toBeVisible();
    await expectNoAxeViolations(page, `onboarding with errors (${theme})`);
    await saveScreenshot(page, `onboarding-errors-${theme}`);
  });

  test(`every section is axe-clean in the ${theme} theme`, async ({ app }) => {
    await completeOnboarding(app);
    await chooseTheme(app, theme);
    for (const screen of SCREENS) {
      await openSection(app, screen.en);
      await expectNoAxeViolations(app, `${screen.id} (${theme})`);
      await saveScreenshot(app, `${screen.id}-${theme}`);
    }
    await app.getByLabel('Language', { exact: true }).selectOption('fr');
    for (const screen of SCREENS.filter((s) => s.id === 'today' || s.id === 'profile')) {
      await openSection(app, screen.fr);
      await expectNoAxeViolations(app, `${screen.id} in French (${theme})`);
      await saveScreenshot(app, `${screen.id}-${theme}-fr`);
    }
  });
}
