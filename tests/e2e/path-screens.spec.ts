import type { PlannerDocument } from '../../preload/contract/document';
import { blankRating } from '../../renderer/src/state/skills-store';
import { validDocument } from '../support/fixtures';
import { milestone } from '../support/milestones';
import { expect, test } from './fixtures';
import { openSection, visibleText } from './journeys/onboarding';
import { englishLeftIn } from '../support/english-fragments';
import { chooseTheme, expectNoAxeViolations, saveScreenshot } from './journeys/screens';

function plannedDocument(): PlannerDocument {
  const base = validDocument();
  return {
    ...base,
    preferences: { language: 'en', theme: 'light' },
    skills: {
      ...base.skills,
      languagePairs: [],
      targets: ['law'],
      ratings: [blankRating('legal-research', 2)],
    },
    path: {
      milestones: [
        milestone('course', 30, {
          title: 'Contract law course',
          domainIds: ['law'],
          status: 'doing',
          hoursLogged: 6.5,
        }),
        milestone('drafting', 20, {
          title: 'Drafting practice',
          kind: 'practise',
          domainIds: ['law'],
          prerequisites: ['course'],
        }),
        milestone('apply-law', 5, {
          title: 'Mercor application',
          kind: 'apply',
          domainIds: ['law'],
          prerequisites: ['drafting'],
        }),
      ],
      startDate: null,
      weekOverrides: [],
      blackoutWeeks: [],
      baseline: null,
    },
  };
}

test.use({ seed: { dataFile: Buffer.from(JSON.stringify(plannedDocument())) } });

for (const theme of ['light', 'dark'] as const) {
  test(`the Path screens are axe-clean in the ${theme} theme`, async ({ app }) => {
    await chooseTheme(app, theme);
    await openSection(app, 'Path');
    await app.getByText('Details of Contract law course').click();
    await expect(app.getByLabel('Effort (hours)').first()).toBeVisible();
    await expectNoAxeViolations(app, `path plan (${theme})`);
    await saveScreenshot(app, `path-${theme}`);
    await app.getByRole('navigation', { name: 'Path views' }).getByRole('link', { name: 'Timeline' }).click();
    await expect(app.getByRole('table')).toBeVisible();
    await expectNoAxeViolations(app, `path timeline (${theme})`);
    await saveScreenshot(app, `path-timeline-${theme}`);

    await app.getByLabel('Language', { exact: true }).selectOption('fr');
    await app
      .getByRole('navigation', { name: 'Vues du parcours' })
      .getByRole('link', { name: 'Plan' })
      .click();
    await app.getByText('Détails de\u202f: Contract law course').click();
    expect(englishLeftIn(await visibleText(app))).toEqual([]);
    await saveScreenshot(app, `path-${theme}-fr`);
  });
}
