import { englishLeftIn } from '../support/english-fragments';
import { fixtureBytes } from '../support/fixtures';
import { expect, test } from './fixtures';
import { completeOnboarding, openSection, visibleText } from './journeys/onboarding';
import { rankedNames, rateFromRoles } from './journeys/skills';
import { expectNoAxeViolations, saveScreenshot } from './journeys/screens';

test('a former nurse with annotation experience sees medicine first, with its gaps and the licence gate', async ({
  app,
}) => {
  await completeOnboarding(app);
  await openSection(app, 'Skills & domains');
  await expect(app.getByText('Rate a few skills')).toBeVisible();

  await rateFromRoles(app, ['Nurse', 'Generalist AI trainer / annotator']);
  await expect(app.getByText('12 skills rated')).toBeVisible();
  await saveScreenshot(app, 'skills-inventory-light');
  await expectNoAxeViolations(app, 'skills inventory');

  await app.getByRole('link', { name: 'Domains', exact: true }).click();
  const ranking = await rankedNames(app);
  expect(ranking[0]).toBe('Medicine and clinical care');
  expect(ranking.indexOf('Medicine and clinical care')).toBeLessThan(
    ranking.indexOf('Software engineering and coding'),
  );
  const medicine = app.locator('.ranking-item').first();
  // The points reach 100, but a required skill is below its level: 99, never 100 beside "Missing".
  await expect(medicine).toContainText('Fit 99 / 100');
  await expect(medicine).toContainText('Blocked until: A current licence to practise');
  await expect(medicine).toContainText('Missing: Evidence-based medicine');
  await saveScreenshot(app, 'skills-ranking-light');
  await expectNoAxeViolations(app, 'skills ranking');

  await app.getByRole('link', { name: 'Medicine and clinical care' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Medicine and clinical care' })).toBeVisible();
  await expect(app.getByText('Evidence-based medicine: level 2 needed, you are at 1')).toBeVisible();
  await expect(app.getByRole('note')).toHaveText(
    'Held at 99 until 1 required skill reaches its level: Evidence-based medicine.',
  );
  await expect(
    app.getByRole('checkbox', { name: /I have this: A current licence to practise/ }),
  ).not.toBeChecked();
  // Dollars are marked US$ for this French-region profile.
  await expect(
    app.getByText('US$60.00 to US$180.00 per hour — reported (HireArt survey via Business Insider, 2025).'),
  ).toBeVisible();
  await expect(app.locator('svg.chart-svg .chart-bar').first()).toBeVisible();
  await app.getByRole('button', { name: 'Make this a target' }).click();
  await expect(app.getByRole('button', { name: 'Remove from targets' })).toBeVisible();
  await openSection(app, 'Today');
  await expect(app.getByRole('link', { name: 'Medicine and clinical care: fit 99 / 100' })).toBeVisible();
  await app.getByRole('link', { name: 'Medicine and clinical care: fit 99 / 100' }).click();
  await saveScreenshot(app, 'skills-medicine-light');
  await expectNoAxeViolations(app, 'medicine detail');

  // The same story in French.
  await app.getByLabel('Language', { exact: true }).selectOption('fr');
  await expect(app.getByRole('heading', { level: 1, name: 'Médecine et soins' })).toBeVisible();
  await expect(
    app.getByText('Médecine fondée sur les preuves\u202f: niveau 2 requis, vous êtes à 1'),
  ).toBeVisible();
  expect(englishLeftIn(await visibleText(app))).toEqual([]);
  await openSection(app, 'Compétences et domaines');
  expect((await rankedNames(app))[0]).toBe('Médecine et soins');
  await expect(app.locator('.ranking-item').first()).toContainText(
    'Bloqué tant que manque\u202f: Une autorisation d’exercer en cours',
  );
  expect(englishLeftIn(await visibleText(app))).toEqual([]);
  await saveScreenshot(app, 'skills-ranking-light-fr');

  // Every other Skills & domains screen, in French too.
  for (const hash of [
    '#/skills/inventory',
    '#/skills/domain/law/edit',
    '#/skills/new',
    '#/skills/compare/medicine+law',
  ]) {
    await app.evaluate((target) => {
      window.location.hash = target;
    }, hash);
    await expect(app.getByRole('heading', { level: 1 })).toBeVisible();
    expect(englishLeftIn(await visibleText(app)), `English left on ${hash}`).toEqual([]);
  }
  await saveScreenshot(app, 'skills-compare-light-fr');
});

test('a JSON Resume is previewed, imported as suggestions, and a bad file changes nothing', async ({
  app,
}) => {
  await completeOnboarding(app);
  await openSection(app, 'Skills & domains');
  await app
    .getByRole('navigation', { name: 'Skills & domains views' })
    .getByRole('link', { name: 'Your skills' })
    .click();
  const picker = app.getByLabel('Choose a JSON Resume file…');

  await picker.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"skills": [ oops'),
  });
  await expect(app.getByText('This file is not valid JSON. Nothing was changed.')).toBeVisible();
  await picker.setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"skills": "many"}'),
  });
  await expect(
    app.getByText('This file is not a JSON Resume (jsonresume.org). Nothing was changed.'),
  ).toBeVisible();
  await expect(app.getByRole('heading', { name: 'Suggested skills to confirm' })).toHaveCount(0);

  await picker.setInputFiles({
    name: 'resume.json',
    mimeType: 'application/json',
    buffer: fixtureBytes('resumes/nurse.json'),
  });
  await expect(
    app.getByText(
      'Found in this file: skills 5 (3 matched to the catalogue); jobs 1; studies 1; certificates 1.',
    ),
  ).toBeVisible();
  await app.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(app.getByText('Imported. Confirm the suggested skills below.')).toBeVisible();
  await expect(app.getByRole('button', { name: 'Confirm Clinical practice' })).toBeVisible();
  await expect(app.getByRole('button', { name: 'Confirm Programming (Python, JavaScript…)' })).toBeVisible();
  await expect(app.getByRole('button', { name: 'Confirm Wound care' })).toBeVisible();
  await app.getByRole('button', { name: 'Confirm Wound care' }).click();
  await expect(app.getByRole('heading', { name: 'Your own skills' })).toBeVisible();
});
