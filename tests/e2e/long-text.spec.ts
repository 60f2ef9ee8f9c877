/**
 * Issue 12: a long note is never cut. In the real page, a note typed past its limit keeps every
 * character, shows its counter and the error, and the screen stays axe-clean in both themes.
 */
import type { PlannerDocument } from '../../preload/contract/document';
import { validDocument } from '../support/fixtures';
import { expect, test } from './fixtures';
import { openSection } from './journeys/onboarding';
import { chooseTheme, expectNoAxeViolations, saveScreenshot } from './journeys/screens';

function documentIn(language: 'en' | 'fr'): PlannerDocument {
  const base = validDocument();
  return { ...base, preferences: { language, theme: 'light' } };
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-21T10:00:00'));
});

const CASES = [
  {
    language: 'en',
    theme: 'light',
    section: 'Applications',
    add: 'Add an application',
    submit: 'Add the application',
    counter: '4312 / 4000 characters, 312 over the limit',
    error: '312 characters too long; the limit is 4000.',
  },
  {
    language: 'fr',
    theme: 'dark',
    section: 'Candidatures',
    add: 'Ajouter une candidature',
    submit: 'Ajouter la candidature',
    counter: '4312 / 4000 caractères, 312 de trop',
    error: '312 caractères de trop\u202f; la limite est de 4000.',
  },
] as const;

for (const c of CASES) {
  test.describe(`in ${c.language}, ${c.theme}`, () => {
    test.use({ seed: { dataFile: Buffer.from(JSON.stringify(documentIn(c.language))) } });
    test('a note past its limit is kept whole, counted and refused, and the form is axe-clean', async ({
      app,
    }) => {
      await chooseTheme(app, c.theme);
      await openSection(app, c.section);
      await app.getByRole('link', { name: c.add }).click();
      await app.getByLabel('Organisation').fill('Mercor');
      const notes = app.getByLabel('Notes', { exact: true });
      // 4,312 characters as saved (trimmed), 312 past the limit.
      await notes.fill(`${'Notes de l’entretien. '.repeat(196).trim()}x`);
      await expect(app.getByText(c.counter)).toBeVisible();
      await app.getByRole('button', { name: c.submit }).click();
      await expect(app.locator('.field-error', { hasText: c.error })).toBeVisible();
      expect((await notes.inputValue()).length).toBe(4312);
      await notes.scrollIntoViewIfNeeded();
      await expectNoAxeViolations(app, `an over-long note, ${c.language} ${c.theme}`);
      await saveScreenshot(app, `long-text-over-${c.language}-${c.theme}`);
    });
  });
}
