import type { PlannerDocument } from '../../preload/contract/document';
import { validDocument } from '../support/fixtures';
import { generatedApplications } from '../support/generated-applications';
import { application } from '../support/applications';
import { englishLeftIn } from '../support/english-fragments';
import { expect, test } from './fixtures';
import { openSection, visibleText } from './journeys/onboarding';
import { chooseTheme, expectNoAxeViolations, saveScreenshot } from './journeys/screens';

const TODAY = '2026-11-21';

function trackedDocument(language: 'en' | 'fr'): PlannerDocument {
  const base = validDocument();
  const quiet = application('quiet-lab', {
    organisation: 'Écho Santé',
    role: 'Relecteur médical',
    stageId: 'applied',
    appliedOn: '2026-10-20',
    history: [{ stageId: 'applied', on: '2026-10-20', note: '' }],
    contacts: [
      {
        name: 'Amina Diallo',
        role: 'Recruteuse',
        email: 'amina@example.org',
        phone: '',
        notes: '',
        lastContacted: null,
      },
    ],
    assessments: [{ kind: 'Cas clinique', deadline: '2026-11-24', result: '' }],
  });
  return {
    ...base,
    preferences: { language, theme: 'light' },
    applications: { ...base.applications, applications: [quiet, ...generatedApplications(40, TODAY)] },
  };
}

const VIEWS = [
  { en: 'Board', fr: 'Tableau', file: 'board' },
  { en: 'Table', fr: 'Liste', file: 'table' },
  { en: 'Statistics', fr: 'Statistiques', file: 'stats' },
  { en: 'Export & import', fr: 'Export et import', file: 'files' },
  { en: 'Stages & reminders', fr: 'Étapes et rappels', file: 'settings' },
] as const;

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
});

test.describe('in English', () => {
  test.use({ seed: { dataFile: Buffer.from(JSON.stringify(trackedDocument('en'))) } });
  for (const theme of ['light', 'dark'] as const) {
    test(`the Applications screens are axe-clean in the ${theme} theme`, async ({ app }) => {
      await chooseTheme(app, theme);
      await openSection(app, 'Applications');
      for (const view of VIEWS) {
        await app
          .getByRole('navigation', { name: 'Application views' })
          .getByRole('link', { name: view.en })
          .click();
        await expect(app.getByRole('link', { name: view.en })).toHaveAttribute('aria-current', 'page');
        if (view.file === 'stats') await expect(app.locator('svg.chart-svg').first()).toBeVisible();
        await expectNoAxeViolations(app, `applications ${view.file} (${theme})`);
        await saveScreenshot(app, `applications-${view.file}-${theme}`);
      }
      await app
        .getByRole('navigation', { name: 'Application views' })
        .getByRole('link', { name: 'Board' })
        .click();
      await app.getByRole('link', { name: 'Écho Santé' }).first().click();
      await expect(
        app.getByRole('heading', { level: 1, name: 'Écho Santé — Relecteur médical' }),
      ).toBeVisible();
      await expectNoAxeViolations(app, `application detail (${theme})`);
      await saveScreenshot(app, `applications-detail-${theme}`);
      await openSection(app, 'Today');
      await expect(app.getByRole('link', { name: /^And \d+ more: see all applications$/ })).toBeVisible();
      await expectNoAxeViolations(app, `today with applications (${theme})`);
      await saveScreenshot(app, `today-applications-${theme}`);
    });
  }
});

test.describe('in French', () => {
  test.use({ seed: { dataFile: Buffer.from(JSON.stringify(trackedDocument('fr'))) } });
  test('every Applications screen is in French, with no English left', async ({ app }) => {
    await openSection(app, 'Candidatures');
    for (const view of VIEWS) {
      await app
        .getByRole('navigation', { name: 'Vues des candidatures' })
        .getByRole('link', { name: view.fr })
        .click();
      expect(englishLeftIn(await visibleText(app)), `English left on ${view.file}`).toEqual([]);
    }
    await app.getByRole('link', { name: 'Ajouter une candidature' }).click();
    await app.getByRole('button', { name: 'Ajouter la candidature' }).click();
    await expect(app.getByText('Ce champ est obligatoire.')).toBeVisible();
    expect(englishLeftIn(await visibleText(app)), 'English left on the new-application form').toEqual([]);
    await saveScreenshot(app, 'applications-new-fr');
    await app.getByRole('link', { name: 'Retour au tableau' }).click();
    await app.getByRole('link', { name: 'Écho Santé' }).first().click();
    expect(englishLeftIn(await visibleText(app)), 'English left on the detail').toEqual([]);
    await openSection(app, 'Aujourd’hui');
    await expect(
      app.getByRole('link', { name: /^Et \d+ de plus\s: voir toutes les candidatures$/ }),
    ).toBeVisible();
    expect(englishLeftIn(await visibleText(app)), 'English left on Today').toEqual([]);
  });
});
