import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const SCREENSHOT_DIRECTORY = 'test-results/screens';

/** Every screen is checked against WCAG 2.1 AA and best-practice rules. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const builder = new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    // The summary preview is a frame sandboxed without scripts, where axe cannot run; the
    // summary page is checked on its own (export-screens.spec.ts).
    .exclude('.summary-preview iframe');
  const results = await builder.analyze();
  const summary = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIRECTORY, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIRECTORY}/${name}.png`, fullPage: true });
}

export async function chooseTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.getByLabel(/^(Theme|Thème)$/).selectOption(theme);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}
