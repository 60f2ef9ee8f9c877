/**
 * Issue 14's French journey across sections: a claimant on ARE logs October's dollar
 * tutoring on two platforms through the Gig work page, then finds the same work in euros,
 * in the actualisation she must file by 15 November, in October's reduced benefit and in
 * the runway. The clock is 10 November 2026, inside October's actualisation window.
 *
 * Hand-computed (tests/unit/budget/gig-feed.test.ts works the same month): Outlier 20 h at
 * $21 on 6 October = $420.00 at 0.92 (rate of 1 October) = €386.40; Mercor 2 × 20 h at $21
 * on 20 and 21 October = $840.00 at 0.86 (rate of 15 October) = €722.40; €1,108.80 gross for
 * 60 hours, so October's ARE pays 9 days instead of 30.
 */
import { emptyGigSection } from '../../preload/contract/section-defaults';
import { gigBudgetDocument } from '../support/gig-budget';
import { expect, test } from './fixtures';
import { expectOctoberTutoring, openGigInBudget } from './journeys/budget-gig';
import { addGigPlatform, logGigWork } from './journeys/gig';
import { openSection } from './journeys/onboarding';
import { saveScreenshot } from './journeys/screens';

const NOVEMBER_10 = new Date('2026-11-10T10:00:00');
const claimantWithoutGigLog = { ...gigBudgetDocument(), gig: emptyGigSection() };

test.use({ seed: { dataFile: Buffer.from(JSON.stringify(claimantWithoutGigLog)) } });

test('a French claimant logs dollar tutoring on two platforms and sees it in euros, in her actualisation, her benefit and her runway', async ({
  page,
  preview,
}) => {
  test.slow(true, 'two platforms and three pieces of work typed in, then four sections');
  await page.clock.setFixedTime(NOVEMBER_10);
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

  // Before any work is logged, the budget has no gig card.
  await openSection(page, 'Budget');
  await expect(page.getByRole('region', { name: 'Gig work in the budget' })).toHaveCount(0);

  await openSection(page, 'Gig work');
  await addGigPlatform(page, 'Outlier');
  await addGigPlatform(page, 'Mercor');
  await logGigWork(page, {
    platform: 'Outlier',
    project: 'Finance rubric',
    day: '06/10/2026',
    hours: '20',
    rate: '21.00',
  });
  for (const day of ['20/10/2026', '21/10/2026'])
    await logGigWork(page, {
      platform: 'Mercor',
      project: 'Finance rubric',
      day,
      hours: '20',
      rate: '21.00',
    });
  // What each platform really paid, in dollars and in euros at the budget's dated rates.
  const rates = page.getByRole('region', { name: 'What each platform really pays' });
  await expect(rates.getByRole('row', { name: /^Outlier/ })).toContainText('€386.40');
  await expect(rates.getByRole('row', { name: /^Mercor/ })).toContainText('€722.40');
  await saveScreenshot(page, 'journey-gig-logged');

  // The actualisation open until 15 November: October's hours and gross pay, in euros.
  await openSection(page, 'Claimant duties');
  const actualisation = page.getByRole('region', { name: 'Monthly actualisation' });
  await expect(actualisation).toContainText(
    'The actualisation for October 2026 is open until 15 November 2026.',
  );
  await expect(actualisation).toContainText('Hours worked: 60');
  await expect(actualisation).toContainText('Gross pay: €1,108.80');
  await saveScreenshot(page, 'journey-actualisation');

  // Today reminds her of the open window: 10 to 15 November, both days counted.
  await openSection(page, 'Today');
  await expect(
    page.getByText(/^Actualisation for October 2026 open until 15 November 2026: 6 days left\.$/),
  ).toBeVisible();

  // The budget: the euro amounts with the rates used, October's reduced ARE, the runway moved.
  await openGigInBudget(page);
  await expectOctoberTutoring(page);
  await saveScreenshot(page, 'journey-budget');
});
