import { readFileSync } from 'node:fs';
import { saveThrough } from './saved-files';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { completeOnboarding, openSection } from './journeys/onboarding';

const HOSTILE = '=cmd|" /C calc"!A0';
const BOARD_ORDER = [
  'Saved',
  'Applied',
  'Screening / assessment',
  'Interview',
  'Offer',
  'Accepted',
  'Rejected',
  'Withdrawn',
  'Ghosted',
];

async function addApplication(
  page: Page,
  fields: { organisation: string; role: string; appliedOn?: string },
) {
  await page.getByRole('link', { name: 'Add an application' }).click();
  await page.getByLabel('Organisation').fill(fields.organisation);
  await page.getByLabel('Role', { exact: true }).fill(fields.role);
  if (fields.appliedOn) await page.getByLabel('Applied on').fill(fields.appliedOn);
  await page.getByRole('button', { name: 'Add the application' }).click();
  await expect(page.getByRole('link', { name: 'Board', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
}

const column = (page: Page, stage: string) =>
  page.getByRole('region', { name: new RegExp(`^${stage.replace(/[/]/g, '\\/')} \\d+ in this stage`) });

test('track three applications: keyboard moves through every stage, an overdue follow-up, CSV out and back in', async ({
  app,
}) => {
  await app.clock.setFixedTime(new Date('2026-11-21T10:00:00'));
  await completeOnboarding(app);
  await openSection(app, 'Applications');
  await expect(app.getByText('No applications yet.', { exact: false })).toBeVisible();

  // A mistake is explained and nothing is lost; then three applications.
  await app.getByRole('link', { name: 'Add an application' }).click();
  await app.getByLabel('Role', { exact: true }).fill('Clinical reviewer');
  await app.getByLabel('Applied on').fill('31/02/2026');
  await app.getByRole('button', { name: 'Add the application' }).click();
  await expect(app.getByText('This field is required.')).toBeVisible();
  await expect(app.getByText('Enter a real date as DD/MM/YYYY.')).toBeVisible();
  await expect(app.getByLabel('Role', { exact: true })).toHaveValue('Clinical reviewer');
  await app.getByRole('link', { name: 'Back to the board' }).click();

  await addApplication(app, { organisation: 'Mercor', role: 'Clinical reviewer', appliedOn: '21/11/2026' });
  await addApplication(app, { organisation: HOSTILE, role: 'Finance expert, "senior"' });
  await addApplication(app, { organisation: 'Turing', role: 'Python tutor' });
  await expect(column(app, 'Saved')).toContainText('Turing');
  await expect(column(app, 'Applied')).toContainText('Mercor');

  // The mouse: drag a card onto another column.
  await app.locator('[data-card-id="mercor"]').dragTo(column(app, 'Screening / assessment'));
  await expect(column(app, 'Screening / assessment')).toContainText('Mercor');

  // Keyboard only: the card's link takes focus, Alt+→ moves it one stage on, focus follows.
  const card = app.getByRole('link', { name: 'Turing', exact: true });
  await card.focus();
  for (const [index, stage] of BOARD_ORDER.entries()) {
    if (index === 0) continue;
    await app.keyboard.press('Alt+ArrowRight');
    await expect(column(app, stage)).toContainText('Turing');
    await expect(app.getByRole('status').filter({ hasText: `Turing moved to ${stage}.` })).toBeAttached();
    await expect(card).toBeFocused();
  }
  await app.keyboard.press('Alt+ArrowLeft');
  await expect(column(app, 'Withdrawn')).toContainText('Turing');
  await card.press('Enter');
  await expect(app.getByRole('heading', { level: 1, name: 'Turing — Python tutor' })).toBeVisible();
  const history = app.getByRole('region', { name: 'History' });
  await expect(history.getByRole('listitem')).toHaveCount(9);
  await expect(history).toContainText('Interview on 21/11/2026');

  // Nothing is due yet; eight days later the follow-up on Mercor is overdue.
  await openSection(app, 'Today');
  await expect(app.getByText('Nothing overdue and no deadline in the next 7 days.')).toBeVisible();
  await app.clock.setFixedTime(new Date('2026-11-29T10:00:00'));
  await app.reload();
  await expect(app.getByRole('link', { name: 'Follow up with Mercor (due 28/11/2026)' })).toBeVisible();
  await expect(app.getByText('Overdue')).toBeVisible();

  // Export: the log for a counsellor, and every application with formula cells neutralised.
  await openSection(app, 'Applications');
  await app.getByRole('link', { name: 'Export & import' }).click();
  const logFile = await saveThrough(
    app,
    app.getByRole('button', { name: 'Save the job-search log (CSV)' }),
    /passerelle-job-search-log-\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const log = readFileSync(logFile, 'utf8');
  expect(log.split('\r\n')[0]).toBe('\uFEFFDate,Organisation,Role,Contact,Action,Outcome');
  expect(log).toContain('21/11/2026,Mercor,Clinical reviewer,,Applied,Screening / assessment');

  const csvPath = await saveThrough(
    app,
    app.getByRole('button', { name: 'Save all applications (CSV)' }),
    /passerelle-applications-\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const csv = readFileSync(csvPath, 'utf8');
  expect(csv).toContain(`"'=cmd|"" /C calc""!A0"`);
  expect(csv).not.toMatch(/(^|[,\n])"?=cmd/);

  // Re-import the same file: three updates, nothing new, nothing refused, and no duplicates.
  await app.locator('input[type="file"]').setInputFiles(csvPath);
  await expect(app.getByText(/: 0 new, 3 to update, 0 refused\.$/)).toBeVisible();
  await app.getByRole('button', { name: 'Import 3 applications' }).click();
  await expect(app.getByText('3 applications imported.')).toBeVisible();
  await app.getByRole('link', { name: 'Table', exact: true }).click();
  await expect(app.getByText('3 applications shown')).toBeVisible();
  await expect(app.getByRole('rowheader', { name: HOSTILE })).toBeVisible();

  // A broken file is refused row by row, and nothing is written until confirmed.
  await app.getByRole('link', { name: 'Export & import' }).click();
  await app.locator('input[type="file"]').setInputFiles({
    name: 'other-tracker.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'organisation,stage,applied_on\r\nScale AI,applied,2026-11-02\r\n,interview,2026-11-03\r\n',
    ),
  });
  await expect(app.getByText('In other-tracker.csv: 1 new, 0 to update, 1 refused.')).toBeVisible();
  await expect(app.getByText('Row 3 (—): organisation is required')).toBeVisible();
  await app.getByRole('button', { name: 'Cancel' }).click();
  await app.getByRole('link', { name: 'Table', exact: true }).click();
  await expect(app.getByText('3 applications shown')).toBeVisible();
});
