import { expect, test } from './fixtures';
import { completeOnboarding, openSection, SCREENS } from './journeys/onboarding';
import { chooseTheme, expectNoAxeViolations, saveScreenshot } from './journeys/screens';
import { rateFromRoles } from './journeys/skills';

for (const theme of ['light', 'dark'] as const) {
  test(`onboarding is axe-clean in the ${theme} OS theme`, async ({ page, preview }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(preview.url);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    // The theme is applied before the onboarding section has loaded; check the screen a person sees.
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Passerelle' })).toBeVisible();
    await expectNoAxeViolations(page, `onboarding (${theme})`);
    await saveScreenshot(page, `onboarding-${theme}`);
    // Errors shown are part of the screen too.
    await page.getByRole('button', { name: 'Start planning' }).click();
    await expect(page.getByText('This field is required.')).toBeVisible();
    await expectNoAxeViolations(page, `onboarding with errors (${theme})`);
    await saveScreenshot(page, `onboarding-errors-${theme}`);
  });

  test(`every section is axe-clean in the ${theme} theme`, async ({ app }) => {
    test.slow(true, 'axe runs on every section, then twice more in French');
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

for (const theme of ['light', 'dark'] as const) {
  test(`every Skills & domains screen is axe-clean in the ${theme} theme`, async ({ app }) => {
    test.slow(true, 'axe runs on each Skills & domains screen in turn');
    await completeOnboarding(app);
    await chooseTheme(app, theme);
    await openSection(app, 'Skills & domains');
    await rateFromRoles(app, ['Teacher']);
    const pages: [string, string][] = [
      ['skills-inventory', '#/skills/inventory'],
      ['skills-ranking', '#/skills'],
      ['skills-detail', '#/skills/domain/education'],
      ['skills-editor', '#/skills/domain/education/edit'],
      ['skills-new-domain', '#/skills/new'],
      ['skills-compare', '#/skills/compare/education+law+writing'],
    ];
    for (const [name, hash] of pages) {
      await app.evaluate((target) => {
        window.location.hash = target;
      }, hash);
      await expect(app.getByRole('heading', { level: 1 })).toBeVisible();
      if (name === 'skills-detail')
        await expect(app.locator('svg.chart-svg .chart-bar').first()).toBeVisible();
      await expectNoAxeViolations(app, `${name} (${theme})`);
      await saveScreenshot(app, `${name}-${theme}`);
    }
  });
}
