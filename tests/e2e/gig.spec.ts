/**
 * Gig work for a French user paid in dollars: work on two platforms, a payout statement
 * imported through the column-mapping step, a failed screening with its retake day, and the
 * scam check on an application; each screen axe-clean in light and dark.
 */
import type { PlannerDocument } from '../../preload/contract/document';
import { emptyGigSection } from '../../preload/contract/section-defaults';
import { application } from '../support/applications';
import { validDocument } from '../support/fixtures';
import { expect, test } from './fixtures';
import { addGigPlatform, gigCard, importPayoutStatement, logGigWork, recordScreening } from './journeys/gig';
import { openSection } from './journeys/onboarding';
import { chooseTheme, expectNoAxeViolations, saveScreenshot } from './journeys/screens';

function frenchUserPaidInDollars(): PlannerDocument {
  const base = validDocument();
  return {
    ...base,
    preferences: { language: 'en', theme: 'light' },
    gig: emptyGigSection(),
    budget: {
      ...base.budget,
      exchangeRates: [{ currency: 'USD', homePerUnitMicros: 920_000, asOf: '2026-11-01', note: 'ECB' }],
    },
    applications: {
      ...base.applications,
      applications: [
        application('nova-data', {
          organisation: 'Nova Data Labs',
          role: 'Finance tutor',
          stageId: 'applied',
          source: 'LinkedIn message',
          notes: 'The recruiter wants to continue on Telegram and asks for a $50 registration fee.',
        }),
      ],
    },
  };
}

const STATEMENT = [
  'Date,Description,Hours,Gross (USD),Service fee,Payout date',
  '2026-11-10,Physics rubric,2,40.00,1.20,2026-11-17',
  '2026-11-11,Physics rubric,1.5,30.00,0.90,2026-11-17',
  '2026-11-12,Physics rubric,1,n/a,,2026-11-17',
].join('\n');

test.use({ seed: { dataFile: Buffer.from(JSON.stringify(frenchUserPaidInDollars())) } });

test('a French user logs dollar work on two platforms, imports a statement, records a screening and checks an offer for a scam', async ({
  app,
}) => {
  test.slow(true, 'two platforms, an import, a screening, the scam check, axe six times, then French');
  await openSection(app, 'Gig work');
  await addGigPlatform(app, 'Mercor');
  await addGigPlatform(app, 'Outlier');

  // Mercor: 2 h 30 paid at $20 an hour = $50.00, with 45 minutes unpaid.
  await logGigWork(app, {
    platform: 'Mercor',
    project: 'Finance rubric',
    day: '16/11/2026',
    hours: '2',
    minutes: '30',
    onboarding: '30',
    waiting: '15',
    rate: '20.00',
    paidOn: '18/11/2026',
    received: '48.50',
    fees: '1.50',
  });
  // Outlier: 1 h paid at $30 = $30.00, with 30 minutes waiting for tasks.
  await logGigWork(app, {
    platform: 'Outlier',
    project: 'Physics',
    day: '17/11/2026',
    hours: '1',
    waiting: '30',
    rate: '30.00',
  });

  const rates = app.getByRole('region', { name: 'What each platform really pays' });
  // $50 over 3 h 15 = $15.38 an hour; €46.00 at 0.92, so €14.15 an hour; €18.40 per paid hour.
  const mercor = rates.getByRole('row', { name: /^Mercor/ });
  await expect(mercor).toContainText('US$50.00');
  await expect(mercor).toContainText('€46.00');
  await expect(mercor).toContainText('US$15.38');
  await expect(mercor).toContainText('€14.15');
  await expect(rates).toContainText('USD converted at 0.92 EUR, your rate dated 01/11/2026 (Budget).');

  // The statement's fee column has a name we do not guess: the user maps it; a bad row stays out.
  await importPayoutStatement(app, {
    platform: 'Outlier',
    name: 'outlier-payouts.csv',
    csv: STATEMENT,
    mapping: { Fee: 'Service fee' },
    expectCounts: 'Rows ready: 2. Rows with problems, not added until fixed in the file: 1.',
    beforeConfirm: async () => {
      await expect(app.getByRole('row', { name: /^4 / })).toContainText('Amount: not an amount');
      await expectNoAxeViolations(app, 'payout mapping step');
      await saveScreenshot(app, 'gig-import-mapping-light');
    },
  });
  // Outlier now: $30 + $40 + $30 = $100 over 1.5 h + 2 h + 1.5 h = 5 h, $20.00 an hour.
  const outlier = rates.getByRole('row', { name: /^Outlier/ });
  await expect(outlier).toContainText('US$100.00');
  await expect(outlier).toContainText('US$20.00');
  await expect(gigCard(app, 'Work log')).toContainText('paid 17/11/2026: US$38.80 received, US$1.20 fees');

  await recordScreening(app, {
    platform: 'Mercor',
    format: 'Skills test',
    day: '10/11/2026',
    outcome: 'Not passed',
    retakeFrom: '10/02/2027',
    minutes: '90',
  });
  const screenings = gigCard(app, 'Screenings');
  await expect(screenings).toContainText('10/11/2026 · Mercor · Skills test: Not passed');
  await expect(screenings).toContainText('may retake from 10/02/2027 · 90 min unpaid');
  // The screening's 90 minutes count: €46.00 over 4 h 45 = €9.68 an hour, all time.
  await expect(mercor).toContainText('€9.68');

  for (const theme of ['light', 'dark'] as const) {
    await chooseTheme(app, theme);
    await expectNoAxeViolations(app, `Gig work (${theme})`);
    await saveScreenshot(app, `gig-${theme}`);
  }

  // The scam check on the application: two signs found in its notes, one kept, one ticked.
  await openSection(app, 'Applications');
  await app.getByRole('link', { name: 'Nova Data Labs' }).first().click();
  const check = app.getByRole('region', { name: 'Scam check' });
  await expect(check).toContainText('Found: “registration fee”');
  await expect(check).toContainText('Found: “Telegram”');
  await check.getByRole('button', { name: 'Keep this sign' }).first().click();
  await expect(check.getByLabel(/They asked me to pay/)).toBeChecked();
  // The box ticks once main has saved the change (the screen follows the saved document).
  await check.getByLabel('They asked for ID or bank details before any contract').click();
  await expect(check.getByLabel('They asked for ID or bank details before any contract')).toBeChecked();
  await expect(check).toContainText('Pharos: https://www.internet-signalement.gouv.fr');
  for (const theme of ['light', 'dark'] as const) {
    await chooseTheme(app, theme);
    await expectNoAxeViolations(app, `Scam check (${theme})`);
    await saveScreenshot(app, `scam-check-${theme}`);
  }

  // Kept after a reload: the signs were saved through main.
  await app.reload();
  await expect(
    app.getByRole('region', { name: 'Scam check' }).getByLabel(/They asked me to pay/),
  ).toBeChecked();

  // The same log in French: the figures' sources and dates are said there too.
  await app.getByLabel('Language').selectOption('fr');
  await openSection(app, 'Missions freelance');
  await expect(app.getByRole('region', { name: 'Ce que chaque plateforme paie vraiment' })).toContainText(
    'USD converti à 0,92\u202fEUR, votre taux daté du 01/11/2026 (Budget).',
  );
  await expectNoAxeViolations(app, 'Missions freelance (dark)');
  await saveScreenshot(app, 'gig-fr-dark');
});
