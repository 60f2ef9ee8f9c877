import { readFileSync } from 'node:fs';
import { storagePaths } from '../../main/services/storage/storage-paths';
import type { PlannerDocument } from '../../preload/contract/document';
import { expect, test } from './fixtures';
import { completeOnboarding, JORDAN, openSection } from './journeys/onboarding';

test('first-run onboarding is kept on disk and found again after a reload and a restart', async ({
  app,
  preview,
}) => {
  await completeOnboarding(app);
  await expect(app.getByText(`Hello ${JORDAN.name}`)).toBeVisible();
  await expect(app.getByText('You have set aside 18 hours a week.')).toBeVisible();

  await app.reload();
  await expect(app.getByText(`Hello ${JORDAN.name}`)).toBeVisible();

  // A new server process reads only what reached the disk.
  await preview.restart();
  await app.goto(preview.url);
  await expect(app.getByText(`Hello ${JORDAN.name}`)).toBeVisible();
  await openSection(app, 'Profile');
  await expect(app.getByLabel('Layoff date')).toHaveValue(JORDAN.layoffDate);
  await expect(app.getByLabel('Previous employer')).toHaveValue(JORDAN.previousEmployer);

  const saved = JSON.parse(
    readFileSync(storagePaths(preview.dataDirectory).dataFile, 'utf8'),
  ) as PlannerDocument;
  expect(saved.profile).toMatchObject({
    name: JORDAN.name,
    country: 'FR',
    layoffDate: '2025-09-12',
    lastPaidDay: '2025-11-30',
    previousMonthlyPay: { amountMinor: 315000, currency: 'EUR' },
    hoursPerWeek: 18,
  });
});

test('onboarding refuses bad input with a message beside the field and keeps what was typed', async ({
  app,
}) => {
  await app.getByLabel('Your name (optional)').fill('Sam');
  await app.getByLabel('Layoff date').fill('31/31/2025');
  await app.getByRole('button', { name: 'Start planning' }).click();
  await expect(app.getByText(/^Enter a real date as /)).toBeVisible();
  await expect(app.getByLabel('Layoff date')).toHaveAttribute('aria-invalid', 'true');
  await expect(app.getByLabel('Your name (optional)')).toHaveValue('Sam');
  await expect(app.getByLabel('Layoff date')).toHaveValue('31/31/2025');
});
