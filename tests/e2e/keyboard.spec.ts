import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
const focusOutline = (page: Page) =>
  page.evaluate(() => {
    const style = getComputedStyle(document.activeElement as Element);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });

test('onboarding and every section work from the keyboard alone, with visible focus', async ({ app }) => {
  // Onboarding: Tab from field to field, type, submit with Enter.
  await expect(app.getByRole('heading', { level: 1, name: 'Welcome to Passerelle' })).toBeVisible();
  await app.keyboard.press('Tab');
  await expect(app.getByLabel('Your name (optional)')).toBeFocused();
  await app.keyboard.type('Kim');
  expect(await focusOutline(app)).toMatchObject({ style: 'solid' });
  await app.keyboard.press('Tab'); // country
  await app.keyboard.press('Tab'); // language
  await app.keyboard.press('Tab');
  await expect(app.getByLabel('Layoff date')).toBeFocused();
  await app.keyboard.type('10/01/2025');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

  // The skip link comes first and is visible when focused.
  await app.reload();
  await expect(app.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await app.keyboard.press('Tab');
  expect(await focusedText(app)).toBe('Skip to content');
  await expect(app.getByRole('link', { name: 'Skip to content' })).toBeInViewport();

  // Then the sections, each opened with Enter; focus lands on the new heading.
  await app.keyboard.press('Tab');
  expect(await focusedText(app)).toBe('Today');
  expect((await focusOutline(app)).width).toBeGreaterThanOrEqual(2);
  for (const name of [
    'Profile',
    'Skills & domains',
    'Path',
    'Applications',
    'Budget',
    'Gig work',
    'Claimant duties',
    'Export',
  ]) {
    await app.keyboard.press('Tab');
    expect(await focusedText(app)).toBe(name);
    await app.keyboard.press('Enter');
    await expect(app.getByRole('heading', { level: 1, name, exact: true })).toBeFocused();
    await app.getByRole('link', { name, exact: true }).focus();
  }
});
