import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { completeOnboarding, openSection } from './journeys/onboarding';

async function addRow(
  page: Page,
  list: string,
  fields: Record<string, string>,
  add: string,
  untick: string[] = [],
) {
  const card = page.getByRole('region', { name: list });
  for (const [label, value] of Object.entries(fields))
    await card.getByLabel(label, { exact: true }).fill(value);
  for (const label of untick) await card.getByLabel(label, { exact: true }).uncheck();
  await card.getByRole('button', { name: add }).click();
}

test('from an empty budget to a runway date and a verdict, then a what-if that changes it', async ({
  app,
}) => {
  await app.clock.setFixedTime(new Date('2026-11-21T10:00:00'));
  await completeOnboarding(app);
  await openSection(app, 'Budget');
  await expect(app.getByText(/^Add your accounts and your monthly costs/)).toBeVisible();
  await app.getByRole('link', { name: 'Money in and out' }).click();

  // A bad amount is explained next to its field, and what was typed stays.
  await addRow(
    app,
    'Money on hand',
    { Account: 'Current account', 'Balance (EUR)': 'six thousand' },
    'Add the account',
  );
  await expect(app.getByText('Enter an amount such as', { exact: false })).toBeVisible();
  await expect(app.getByRole('region', { name: 'Money on hand' }).getByLabel('Account')).toHaveValue(
    'Current account',
  );
  await addRow(app, 'Money on hand', { 'Balance (EUR)': '6000' }, 'Add the account');
  await expect(app.getByText('Current account: €6,000.00')).toBeVisible();

  await addRow(
    app,
    'Monthly costs',
    { Cost: 'Rent', 'Amount a month (EUR)': '1500', 'Day of the month': '1' },
    'Add the cost',
  );
  // Each row is listed once saved; the form clears then, ready for the next one.
  await expect(app.getByText('Rent: €1,500.00 on day 1 (essential)')).toBeVisible();
  await addRow(
    app,
    'Monthly costs',
    { Cost: 'Outings', 'Amount a month (EUR)': '300', 'Day of the month': '15' },
    'Add the cost',
    ['Essential'],
  );
  await expect(app.getByText('Outings: €300.00 on day 15 (can be cut)')).toBeVisible();
  await addRow(
    app,
    'Expected jobs',
    { Job: 'Mercor', 'Net pay a month (EUR)': '2500', 'Starts on': '01/03/2027', 'Likelihood (%)': '100' },
    'Add the job',
  );
  await expect(app.getByText(/^Mercor: €2,500\.00 a month from 01\/03\/2027/)).toBeVisible();

  // 6,000 − 1,800 a month from 1 December: 900 left after 1 February's rent and 600 after the
  // 15th, so 1 March's rent takes it below zero. The first pay (1 April) comes 31 days later.
  await app.getByRole('link', { name: 'Runway' }).click();
  await expect(app.getByText('Short by 5 weeks: the money runs out before the first pay.')).toBeVisible();
  await expect(
    app.getByText(/falls below your safety floor on 1 March 2027 \(3 months and 8 days from today\)/),
  ).toBeVisible();
  await expect(
    app.getByText('First pay planned: 1 April 2027 (an expected job or a counted offer).'),
  ).toBeVisible();

  // What if the outings stop? With the keyboard, the slider goes to 100 %.
  const cut = app.getByLabel('Cut discretionary spending by');
  await cut.focus();
  await app.keyboard.press('End');
  await expect(cut).toHaveAttribute('aria-valuetext', '100 %');
  await expect(app.getByText('Your money lasts beyond the 36 months projected.')).toBeVisible();
  await app.getByRole('button', { name: 'Back to your figures' }).click();
  await expect(app.getByText('Short by 5 weeks: the money runs out before the first pay.')).toBeVisible();

  // Today shows the same verdict.
  await openSection(app, 'Today');
  await expect(app.getByText('Short by 5 weeks: the money runs out before the first pay.')).toBeVisible();
});
