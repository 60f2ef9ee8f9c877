import { englishLeftIn } from '../support/english-fragments';
import { expect, test } from './fixtures';
import { completeOnboarding, openSection, SCREENS, visibleText } from './journeys/onboarding';

test('switching to French translates every string on every screen, and the dates', async ({ app }) => {
  await completeOnboarding(app);
  await expect(app.getByText(/days since your layoff \(12 September 2025\)/)).toBeVisible();

  await app.getByLabel('Language', { exact: true }).selectOption('fr');
  await expect(app.locator('html')).toHaveAttribute('lang', 'fr');
  for (const screen of SCREENS) {
    await openSection(app, screen.fr);
    expect(englishLeftIn(await visibleText(app)), `English left on ${screen.id}`).toEqual([]);
  }

  await openSection(app, 'Aujourd’hui');
  await expect(app.getByText(/jours depuis votre licenciement \(12 septembre 2025\)/)).toBeVisible();
  await expect(app.getByText('Dernier jour payé\u202f: 30 novembre 2025.')).toBeVisible();

  // The choice is remembered.
  await app.reload();
  await expect(app.getByRole('navigation', { name: 'Rubriques' })).toBeVisible();
});

test('onboarding itself is fully French once French is picked', async ({ app }) => {
  await app.getByLabel('Interface language').selectOption('fr');
  await expect(app.getByRole('heading', { level: 1, name: 'Bienvenue dans Passerelle' })).toBeVisible();
  await app.getByRole('button', { name: 'Commencer' }).click();
  await expect(app.getByText('Ce champ est obligatoire.')).toBeVisible();
  expect(englishLeftIn(await visibleText(app))).toEqual([]);
});
