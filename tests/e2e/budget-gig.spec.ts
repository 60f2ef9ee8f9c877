/**
 * Issue 14 in the Budget: a French claimant who logged a month of USD tutoring sees it in
 * euros with the rate used, the reduced benefit for that month and the runway change; one
 * click opens a gig what-if beside the Baseline. Axe-clean in light and dark, and in French.
 */
import { englishLeftIn } from '../support/english-fragments';
import { expect, test } from './fixtures';
import { expectOctoberTutoring, gigBudgetSeed, openGigInBudget, openGigWhatIf } from './journeys/budget-gig';
import { chooseTheme, expectNoAxeViolations, saveScreenshot } from './journeys/screens';

test.describe('in English', () => {
  test.use({ seed: gigBudgetSeed('en') });

  test('a month of USD tutoring: euros at the rate used, the reduced benefit, the runway change, a what-if', async ({
    app,
  }) => {
    await openGigInBudget(app);
    await expectOctoberTutoring(app);

    await openGigWhatIf(app, 'Project ends early', 'Gig: project ends early');
    await expect(
      app.getByText(
        /^Gig: project ends early: −€1,000\.00 a month; the money falls below your floor on .*, \d+ days? earlier than the Baseline\.$/,
      ),
    ).toBeVisible();
    // The Runway lists it beside the Baseline, in the table and the chart.
    await app.getByRole('link', { name: 'See it among the scenarios' }).click();
    const scenarios = app.getByRole('region', { name: 'Scenarios' });
    await expect(scenarios.getByRole('rowheader', { name: 'Gig: project ends early' })).toBeVisible();
    await expect(scenarios.getByRole('rowheader', { name: 'Baseline' })).toBeVisible();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`the gig parts of the Budget are axe-clean in the ${theme} theme`, async ({ app }) => {
      // Three long screens checked by axe on a shared two-core machine.
      test.slow();
      await chooseTheme(app, theme);
      await openGigInBudget(app);
      await openGigWhatIf(app, 'Rate cut by 24 %', 'Gig: rate cut');
      await expectNoAxeViolations(app, `budget gig scenarios (${theme})`);
      await saveScreenshot(app, `budget-gig-scenarios-${theme}`);
      await app.getByRole('link', { name: 'See it among the scenarios' }).click();
      await expect(app.getByRole('region', { name: 'Gig work in the budget' })).toBeVisible();
      await expect(app.locator('svg.chart-svg')).toHaveCount(2);
      await expectNoAxeViolations(app, `budget gig runway (${theme})`);
      await saveScreenshot(app, `budget-gig-runway-${theme}`);
      await app
        .getByRole('navigation', { name: 'Budget views' })
        .getByRole('link', { name: 'Money in and out' })
        .click();
      await expect(app.getByRole('region', { name: 'Taxes and social charges on gig income' })).toBeVisible();
      await expectNoAxeViolations(app, `budget gig taxes (${theme})`);
      await saveScreenshot(app, `budget-gig-money-${theme}`);
    });
  }
});

test.describe('in French', () => {
  test.use({ seed: gigBudgetSeed('fr') });

  test('the gig card, the taxes and the what-ifs are in French', async ({ app }) => {
    const card = await openGigInBudget(app, { budget: 'Budget', card: 'Missions en ligne dans le budget' });
    await expect(card.getByText(/^9 jours payés, 320,58\s€ net/)).toBeVisible();
    // The gig parts only: other sections' strings are their own specs' business.
    const textOf = (name: string) =>
      app.locator('section.card', { has: app.getByRole('region', { name }) }).innerText();
    expect(
      englishLeftIn(await textOf('Missions en ligne dans le budget')),
      'English left on the Runway',
    ).toEqual([]);
    await app
      .getByRole('navigation', { name: 'Vues du budget' })
      .getByRole('link', { name: 'Scénarios' })
      .click();
    await app.getByRole('button', { name: 'Le projet s’arrête plus tôt' }).click();
    await expect(app.getByText(/^Missions\u202f: projet arrêté plus tôt\u202f: −/)).toBeVisible();
    const whatIfs = app.getByRole('region', { name: 'Si les missions se tarissent' });
    expect(englishLeftIn(await whatIfs.innerText()), 'English left on Scenarios').toEqual([]);
    await app
      .getByRole('navigation', { name: 'Vues du budget' })
      .getByRole('link', { name: 'Entrées et sorties' })
      .click();
    const taxes = app.getByRole('region', { name: 'Impôts et cotisations sur les missions' });
    await expect(taxes).toBeVisible();
    expect(englishLeftIn(await taxes.innerText()), 'English left on Money in and out').toEqual([]);
    await saveScreenshot(app, 'budget-gig-money-fr');
  });
});
