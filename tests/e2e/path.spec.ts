import { readFileSync } from 'node:fs';
import { saveThrough } from './saved-files';
import ICAL from 'ical.js';
import { addDays, format, startOfWeek, subWeeks } from 'date-fns';
import type { PlannerDocument } from '../../preload/contract/document';
import { formattersFor } from '../../renderer/src/domain/formatters';
import { blankRating } from '../../renderer/src/state/skills-store';
import { englishLeftIn } from '../support/english-fragments';
import { validDocument } from '../support/fixtures';
import { milestone } from '../support/milestones';
import { E2E_NOW, expect, test } from './fixtures';
import { completeOnboarding, openSection, visibleText } from './journeys/onboarding';
import { rateFromRoles } from './journeys/skills';
import { expectNoAxeViolations, saveScreenshot } from './journeys/screens';

test('from a chosen domain to a dated plan, a ready date and the calendar file', async ({ app }) => {
  await completeOnboarding(app);
  await openSection(app, 'Path');
  await expect(app.getByText('Choose one or two target domains in Skills & domains first.')).toBeVisible();

  await openSection(app, 'Skills & domains');
  await rateFromRoles(app, ['Nurse', 'Generalist AI trainer / annotator']);
  await app.evaluate(() => {
    window.location.hash = '#/skills/domain/medicine';
  });
  await app.getByRole('button', { name: 'Make this a target' }).click();
  await expect(app.getByRole('button', { name: 'Remove from targets' })).toBeVisible();

  await openSection(app, 'Path');
  await app.getByRole('button', { name: 'Build my path from my targets' }).click();
  await expect(app.getByText('Path updated: 6 added, 0 refreshed, 0 removed.')).toBeVisible();
  await expect(app.locator('.milestone-title').first()).toHaveText(
    'Learn Evidence-based medicine (to level 2)',
  );
  await expect(app.getByText(/^Medicine and clinical care: \d+ \w+ \d{4}$/)).toBeVisible();
  await app.getByRole('button', { name: 'Accept this plan' }).click();
  await expect(app.getByText(/^Plan accepted on /)).toBeVisible();

  await openSection(app, 'Today');
  await expect(app.getByRole('heading', { name: 'This week' })).toBeVisible();
  await expect(app.getByRole('link', { name: 'Learn Evidence-based medicine (to level 2)' })).toBeVisible();
  await openSection(app, 'Path');

  // Logging time and marking work done re-plans at once.
  await app.getByLabel('Status of Learn Evidence-based medicine (to level 2)').selectOption('done');
  await expect(app.locator('.milestone-done')).toHaveCount(1);
  await expectNoAxeViolations(app, 'path plan');
  await saveScreenshot(app, 'path-plan-light');

  const calendarFile = await saveThrough(
    app,
    app.getByRole('button', { name: 'Save the calendar (.ics)' }),
    /\/exports\/passerelle-path-\d{4}-\d{2}-\d{2}\.ics$/,
  );
  const text = readFileSync(calendarFile, 'utf8');
  const events = new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents('vevent');
  // Six milestones, one done: five on the calendar.
  expect(events).toHaveLength(5);
  expect(events.map((event) => String(event.getFirstPropertyValue('uid')))).toContain(
    'apply-medicine@passerelle.path',
  );

  await app.getByRole('navigation', { name: 'Path views' }).getByRole('link', { name: 'Timeline' }).click();
  await expect(app.getByRole('table')).toContainText('Practise Evidence-based medicine');
  await expectNoAxeViolations(app, 'path timeline');
  await saveScreenshot(app, 'path-timeline-light');

  await app.getByLabel('Language', { exact: true }).selectOption('fr');
  await expect(app.getByRole('heading', { level: 1, name: 'Parcours' })).toBeVisible();
  expect(englishLeftIn(await visibleText(app))).toEqual([]);
});

function behindDocument(): PlannerDocument {
  const base = validDocument();
  const threeWeeksAgo = format(startOfWeek(subWeeks(E2E_NOW, 3), { weekStartsOn: 1 }), 'yyyy-MM-dd');
  const twoWeeksAgo = format(startOfWeek(subWeeks(E2E_NOW, 2), { weekStartsOn: 1 }), 'yyyy-MM-dd');
  return {
    ...base,
    preferences: { language: 'en', theme: 'dark' },
    skills: {
      ...base.skills,
      languagePairs: [],
      targets: ['law'],
      ratings: [blankRating('legal-research', 2)],
    },
    path: {
      milestones: [milestone('course', 40, { title: 'Contract law course', domainIds: ['law'] })],
      startDate: threeWeeksAgo,
      weekOverrides: [],
      blackoutWeeks: [],
      baseline: {
        acceptedOn: threeWeeksAgo,
        loggedHours: 0,
        plannedWeeks: [
          { weekStart: threeWeeksAgo, hours: 20 },
          { weekStart: twoWeeksAgo, hours: 20 },
        ],
      },
    },
  };
}

test.describe('a plan accepted three weeks ago with nothing logged', () => {
  test.use({ seed: { dataFile: Buffer.from(JSON.stringify(behindDocument())) } });

  test('shows the user behind schedule and offers a re-plan they can accept', async ({ app }) => {
    await openSection(app, 'Path');
    const warning = app.getByRole('alert');
    await expect(warning).toContainText('You are 40 hours behind the plan accepted on');
    await expectNoAxeViolations(app, 'path behind (dark)');
    await saveScreenshot(app, 'path-behind-dark');
    await app.getByRole('button', { name: 'Accept the re-plan' }).click();
    // Nothing of the new plan is over yet: the user is told when its first hours fall due (this
    // week's, fewer than 20 when accepted mid-week), never "0 hours logged of 0 planned".
    const sunday = addDays(startOfWeek(E2E_NOW, { weekStartsOn: 1 }), 6);
    const dueBy = (language: 'en' | 'fr') =>
      formattersFor(language, 'FR').longDay(format(sunday, 'yyyy-MM-dd'));
    await expect(
      app.getByText(
        new RegExp(
          `^Plan accepted on .* Nothing is due yet\\. The plan’s first [\\d.]+ (hours are|hour is) due by ${dueBy('en')}\\.$`,
        ),
      ),
    ).toBeVisible();
    await app.getByLabel('Hours logged on Contract law course').fill('12.5');
    await app.getByLabel('Hours logged on Contract law course').press('Enter');
    // English in France writes hours as its amounts: with a decimal point. Whether 12.5 hours
    // already cover this week's share depends on the weekday the suite runs on.
    await expect(
      app.getByText(
        /^Plan accepted on .* (On track: 12\.5 hours logged so far|Ahead of the plan: 12\.5 hours logged already)\. The plan’s first /,
      ),
    ).toBeVisible();
    await expect(app.getByText(/of 0 planned/)).toHaveCount(0);
    await saveScreenshot(app, 'path-standing-dark');

    await app.getByLabel('Language', { exact: true }).selectOption('fr');
    await expect(
      app.getByText(
        new RegExp(
          `^Plan validé le .* (Dans les temps\\s: 12,5\\sh faites jusqu’ici|En avance sur le plan\\s: déjà 12,5\\sh faites)\\. ` +
            `Première échéance du plan\\s: [\\d,]+\\sheures? d’ici le ${dueBy('fr')}\\.$`,
        ),
      ),
    ).toBeVisible();
    expect(englishLeftIn(await visibleText(app))).toEqual([]);
    await saveScreenshot(app, 'path-standing-dark-fr');
  });
});
