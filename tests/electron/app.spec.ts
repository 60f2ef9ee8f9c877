/**
 * The real app in Electron. Runs wherever an Electron binary exists; on machines that cannot
 * download one, every test reports "skipped: no Electron binary …" with the reason.
 */
import { expect, test } from '@playwright/test';
import { PLANNER_API_METHODS } from '../../preload/contract/channels';
import { findElectronBinary } from '../support/electron-binary';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CURRENT_FIXTURE, fixtureBytes } from '../support/fixtures';
import { completeOnboarding, JORDAN } from '../e2e/journeys/onboarding';
import { expectNoAxeViolations } from '../e2e/journeys/screens';
import { launch, newDataDirectory } from './electron-app';

const binary = findElectronBinary();
// The list reporter shows no skip reasons, so say it once, plainly, in the run's output.
if (!binary.found) console.log(`Electron suite ${binary.reason}`);

test.describe('Passerelle in Electron', () => {
  test.skip(!binary.found, binary.found ? '' : binary.reason);
  const electron = binary.found ? binary : null;

  test('onboarding survives quitting and starting again', async () => {
    if (!electron) return;
    const dataDirectory = newDataDirectory();
    const first = await launch(electron, dataDirectory);
    await completeOnboarding(await first.firstWindow());
    await first.close();
    const second = await launch(electron, dataDirectory);
    const page = await second.firstWindow();
    await expect(page.getByText(`Hello ${JORDAN.name}`)).toBeVisible();
    await expectNoAxeViolations(page, 'Today in Electron');
    await second.close();
  });

  test('the page has no Node.js and window.api is exactly the contract', async () => {
    if (!electron) return;
    const app = await launch(electron, newDataDirectory());
    const page = await app.firstWindow();
    const surface = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      keys: Object.keys(window.api).sort(),
      origin: location.origin,
    }));
    expect(surface).toEqual({
      require: 'undefined',
      process: 'undefined',
      keys: [...PLANNER_API_METHODS].sort(),
      origin: 'app://passerelle',
    });
    await app.close();
  });

  test('navigation away and new windows are refused', async () => {
    if (!electron) return;
    const app = await launch(electron, newDataDirectory());
    const page = await app.firstWindow();
    const before = page.url();
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
    const opened = await page.evaluate(() => window.open('https://example.com/') === null);
    expect(opened).toBe(true);
    expect(app.windows()).toHaveLength(1);
    await app.close();
  });

  test('a corrupt data file is recovered with a message', async () => {
    if (!electron) return;
    const app = await launch(
      electron,
      newDataDirectory({ dataFile: fixtureBytes('damaged/nul-bytes.json') }),
    );
    const page = await app.firstWindow();
    await expect(page.getByRole('alert')).toContainText('We recovered your data');
    await app.close();
  });

  test('the summary prints to PDF in the hidden window and is saved where the dialog says', async () => {
    if (!electron) return;
    const dataDirectory = newDataDirectory({ dataFile: fixtureBytes(CURRENT_FIXTURE) });
    const app = await launch(electron, dataDirectory);
    const target = join(dataDirectory, 'chosen', 'plan.pdf');
    mkdirSync(dirname(target), { recursive: true });
    // The native dialog cannot be clicked by a test: answer it from the main process.
    await app.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = () => Promise.resolve({ canceled: false, filePath });
    }, target);
    const page = await app.firstWindow();
    await page.getByRole('navigation').getByRole('link', { name: 'Export', exact: true }).click();
    await page.getByRole('button', { name: 'Enregistrer en PDF' }).click();
    await expect(page.getByRole('status').filter({ hasText: target })).toBeVisible({ timeout: 30_000 });
    expect(readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
    expect(app.windows()).toHaveLength(1);
    await app.close();
  });
});
