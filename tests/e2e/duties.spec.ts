/**
 * Claimant duties (issue 14): a Texas claimant logs three contacts in the week of the fixed
 * clock (Sunday 15 to Saturday 21 November 2026), sees the week go green on the Duties screen
 * and on Today, and exports the state's log; a French claimant sees what to declare for the
 * month from the gig log, the week's activity hours and a screening's retake date.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { chooseUsState, logContact, seedFrenchGigLog, TAYLOR } from './journeys/duties';
import { englishLeftIn } from '../support/english-fragments';
import { completeOnboarding, openSection, visibleText } from './journeys/onboarding';
import { chooseTheme, expectNoAxeViolations, saveScreenshot } from './journeys/screens';
import { saveThrough } from './saved-files';

const CONTACTS = [
  {
    day: '11/15/2026',
    kind: 'Application',
    position: 'AI tutor, finance',
    contactPerson: 'Dana Ruiz',
    result: 'Applied',
  },
  {
    day: '11/16/2026',
    kind: 'Interview',
    position: 'AI tutor, law',
    contactPerson: 'Sam Lee',
    result: '=cmd|x',
  },
  {
    day: '11/18/2026',
    kind: 'Job fair',
    position: 'Rater',
    contactPerson: 'Workforce Solutions',
    result: 'Met 3 employers',
  },
] as const;

test('a Texas claimant meets the week with three contacts and exports the state’s log', async ({ app }) => {
  test.slow(true, 'onboarding, three contacts, axe twice, a CSV and a PDF');
  await completeOnboarding(app, TAYLOR);
  await expect(app.getByText('Choose your state to check your weekly work search.')).toBeVisible();
  await chooseUsState(app, 'TX');
  const rule = app.getByRole('region', { name: 'Weekly work search' });
  await expect(rule.getByText('3 work-search activities a week.')).toBeVisible();
  await expect(rule.getByText(/^Source: TWC, 13 Oct 2020/)).toBeVisible();
  await expect(rule.getByText('to check').first()).toBeVisible();

  const check = app.getByRole('region', { name: 'Weekly check' });
  const thisWeek = check.getByRole('row', { name: /^11\/15\/2026 to 11\/21\/2026/ });
  await expect(thisWeek).toContainText('Not met: 0 of 3 activities');
  for (const contact of CONTACTS.slice(0, 2)) await logContact(app, contact);
  await expect(thisWeek).toContainText('Not met: 2 of 3 activities');
  await logContact(app, CONTACTS[2]);
  await expect(thisWeek).toContainText('✓ Met');

  for (const theme of ['light', 'dark'] as const) {
    await chooseTheme(app, theme);
    await expectNoAxeViolations(app, `duties (Texas, ${theme})`);
    await saveScreenshot(app, `duties-texas-${theme}`);
  }

  const path = await saveThrough(
    app,
    app.getByRole('button', { name: 'Export the state’s log (CSV)' }),
    /work-search-log-tx-2026-11-18\.csv$/,
  );
  const lines = readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines).toEqual([
    'Date,Type of activity,Position sought,Contact person,Contact’s title,Address,Website or email,Result',
    '11/15/2026,Application,"AI tutor, finance",Dana Ruiz,,,,Applied',
    `11/16/2026,Interview,"AI tutor, law",Sam Lee,,,,'=cmd|x`,
    '11/18/2026,Job fair,Rater,Workforce Solutions,,,,Met 3 employers',
  ]);

  await openSection(app, 'Today');
  const reminder = app.getByRole('region', { name: 'Claimant duties' });
  await expect(reminder).toContainText('This week’s work search is met: 3 of 3 activities.');
  await saveScreenshot(app, 'today-duties-texas');
  await reminder.getByRole('link', { name: 'Open Claimant duties' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Claimant duties' })).toBeVisible();

  // The counsellor's PDF carries the same log on Texas's fields, with the rule's source.
  await openSection(app, 'Export');
  const pdf = await saveThrough(
    app,
    app.getByRole('button', { name: 'Save as PDF' }),
    /passerelle-summary-2026-11-18\.pdf$/,
  );
  const text = execFileSync('pdftotext', ['-raw', '-nopgbrk', '-enc', 'UTF-8', pdf, '-'], {
    encoding: 'utf8',
  });
  const squeezed = text.replace(/\s+/g, ' ');
  expect(squeezed).toContain('Work-search log for Texas');
  expect(squeezed).toContain('Weeks meeting the rule: 1 of');
  expect(squeezed).toContain(
    'Type of activity: Job fair; Position sought: Rater; Contact person: Workforce Solutions',
  );
});

test('a French claimant sees the month to declare, the week’s activity hours and a retake date', async ({
  app,
}) => {
  test.slow(true, 'onboarding, a reload, axe three times');
  await completeOnboarding(app);
  await seedFrenchGigLog(app);
  await openSection(app, 'Claimant duties');
  const actualisation = app.getByRole('region', { name: 'Monthly actualisation' });
  await expect(actualisation).toContainText(
    'The next actualisation, for November 2026, opens on 28 November 2026 and closes on 15 December 2026.',
  );
  await expect(actualisation).toContainText('Hours worked: 14');
  await expect(actualisation).toContainText('Gross pay: €312.50');
  await expect(actualisation).toContainText('1 entry is not in the gross pay');
  await expect(actualisation).toContainText(/Source: service-public\.fr F1638/);
  const activity = app.getByRole('region', { name: 'Weekly activity hours' });
  await expect(activity.getByRole('row', { name: /^16\/11\/2026 to 22\/11\/2026/ })).toContainText(
    '5 h short',
  );

  for (const theme of ['light', 'dark'] as const) {
    await chooseTheme(app, theme);
    await expectNoAxeViolations(app, `duties (France, ${theme})`);
    await saveScreenshot(app, `duties-france-${theme}`);
  }

  await openSection(app, 'Today');
  const reminder = app.getByRole('region', { name: 'Claimant duties' });
  await expect(reminder).toContainText('Activity this week: 10 h of 15 h.');
  await expect(reminder).toContainText('Mercor: retake from 1 December 2026');
  await expectNoAxeViolations(app, 'today with duties (France, dark)');
  await saveScreenshot(app, 'today-duties-france');

  // In French, every word of the screen is French, the sources too.
  await app.getByLabel('Language', { exact: true }).selectOption('fr');
  await openSection(app, 'Obligations de demandeur');
  await expect(app.getByText('Heures travaillées\u202f: 14')).toBeVisible();
  await expect(app.getByText('Rémunération brute\u202f: 312,50\u00a0€')).toBeVisible();
  expect(englishLeftIn(await visibleText(app))).toEqual([]);
  await expectNoAxeViolations(app, 'duties (France, French, dark)');
  await saveScreenshot(app, 'duties-france-french');
});
