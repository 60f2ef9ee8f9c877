/**
 * Reusable steps for the gig log in the Budget: a seeded French claimant with a month of USD
 * tutoring (tests/support/gig-budget.ts), the Runway's gig card, and one-click gig what-ifs.
 */
import { expect, type Page } from '@playwright/test';
import type { Seed } from '../../support/data-folder';
import { gigBudgetDocument } from '../../support/gig-budget';
import { openSection } from './onboarding';

/**
 * The data file to start from. The Gig page's forms belong to another screen's journeys, so
 * the log is seeded here; the budget's own figures (ARE claim, rates) are the ones the unit
 * tests work out by hand. A €1,000 side income is planned from December, for the what-ifs.
 */
export function gigBudgetSeed(language: 'en' | 'fr' = 'en', theme: 'light' | 'dark' = 'light'): Seed {
  return {
    dataFile: Buffer.from(JSON.stringify(gigBudgetDocument({ language, theme, plannedSideMinor: 100000 }))),
  };
}

/** Opens the Budget's Runway and waits for the gig card, built after the first paint. */
export async function openGigInBudget(
  page: Page,
  names = { budget: 'Budget', card: 'Gig work in the budget' },
) {
  await openSection(page, names.budget);
  const card = page.getByRole('region', { name: names.card });
  await expect(card).toBeVisible();
  return card;
}

/** October's USD tutoring in euros with the rates used, the reduced ARE month, the runway moved. */
export async function expectOctoberTutoring(page: Page): Promise<void> {
  const card = page.getByRole('region', { name: 'Gig work in the budget' });
  await expect(card.getByText(/^(US)?\$420\.00 ≈ €386\.40 at 0[.,]92 on /)).toBeVisible();
  await expect(card.getByText(/^(US)?\$840\.00 ≈ €722\.40 at 0[.,]86 on /)).toBeVisible();
  await expect(card.getByRole('cell', { name: '€1,108.80', exact: true })).toBeVisible();
  await expect(
    card.getByText(/^9 days paid, €320\.58 net \(without this work: 30 days, €1,068\.60\)$/),
  ).toBeVisible();
  await expect(
    page.getByText(/^With the work you logged, the money falls below your floor on .* days? later\.$/),
  ).toBeVisible();
}

/** Clicks one gig what-if on the Scenarios view and waits for its comparison with the Baseline. */
export async function openGigWhatIf(page: Page, button: string, scenario: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Budget views' })
    .getByRole('link', { name: 'Scenarios' })
    .click();
  const card = page.getByRole('region', { name: 'If gig work dries up' });
  await card.getByRole('button', { name: button, exact: true }).click();
  await expect(card.getByRole('button', { name: button, exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(card.getByText(new RegExp(`^${scenario}: −€[\\d,.]+ a month; `))).toBeVisible();
}
