import { expect, type Page } from '@playwright/test';

/** Quick start from former roles, then confirm every suggested skill at its suggested level. */
export async function rateFromRoles(page: Page, roles: string[]): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Skills & domains views' })
    .getByRole('link', { name: 'Your skills' })
    .click();
  for (const role of roles) await page.getByRole('checkbox', { name: role }).check();
  await page.getByRole('button', { name: 'Suggest skills' }).click();
  const confirmButtons = page.getByRole('button', { name: /^Confirm / });
  await expect(confirmButtons.first()).toBeVisible();
  // Two suggestions or more have one "Confirm all N suggested skills" button; one has only its own.
  const confirmAll = page.getByRole('button', { name: /^Confirm all \d+ suggested skills$/ });
  await ((await confirmAll.count()) > 0 ? confirmAll : confirmButtons).click();
  await expect(confirmButtons).toHaveCount(0);
}

export async function rankedNames(page: Page): Promise<string[]> {
  return page.locator('.ranking-item .ranking-name').allTextContents();
}
