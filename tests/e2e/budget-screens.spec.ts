import type { PlannerDocument } from '../../preload/contract/document';
import { validDocument } from '../support/fixtures';
import { account, budget, expense } from '../support/budgets';
import { englishLeftIn } from '../support/english-fragments';
import { expect, test } from './fixtures';
import { openSection, visibleText } from './journeys/onboarding';
import { chooseTheme, expectNoAxeViolations, saveScreenshot } from './journeys/screens';

function budgetedDocument(language: 'en' | 'fr'): PlannerDocument {
  return {
    ...validDocument(),
    preferences: { language, theme: 'light' },
    budget: budget({
      floorMinor: 50000,
      accounts: [account(820000), account(300000, true)],
      expenses: [
        expense(95000, 5, true, 'loyer'),
        expense(42000, 10, true, 'courses'),
        expense(15000, 20, false, 'sorties'),
      ],
      oneOffIncomes: [
        {
          id: 'indemnite',
          kind: 'severance',
          label: '',
          amountMinor: 450000,
          on: '2026-12-15',
          netPercent: 100,
        },
      ],
      benefits: {
        amountMinor: 168660,
        period: 'month',
        startsOn: '2027-01-20',
        payments: 15,
        reducedAmountMinor: null,
        reducedFromPayment: null,
        finalPaymentMinor: null,
        partialPercent: 70,
        partialDisregardMinor: 0,
        netPercent: 93,
        endsWithNewJob: true,
        are: null,
      },
      sideIncomes: [
        {
          id: 'tutorat',
          label: 'Tutorat',
          monthlyMinor: 40000,
          startsOn: '2026-12-01',
          endsOn: null,
          netPercent: 78,
        },
      ],
      newIncomes: [
        { id: 'mercor', label: 'Mercor', monthlyMinor: 310000, startsOn: '2027-06-01', likelihood: 60 },
      ],
    }),
  };
}

const VIEWS = [
  { en: 'Runway', fr: 'Autonomie', file: 'overview' },
  { en: 'Money in and out', fr: 'Entrées et sorties', file: 'money' },
  { en: 'Benefits', fr: 'Allocations', file: 'benefits' },
  { en: 'Scenarios', fr: 'Scénarios', file: 'scenarios' },
] as const;

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-21T10:00:00'));
});

test.describe('in English', () => {
  test.use({ seed: { dataFile: Buffer.from(JSON.stringify(budgetedDocument('en'))) } });
  for (const theme of ['light', 'dark'] as const) {
    test(`the Budget screens are axe-clean in the ${theme} theme`, async ({ app }) => {
      await chooseTheme(app, theme);
      await openSection(app, 'Budget');
      for (const view of VIEWS) {
        await app
          .getByRole('navigation', { name: 'Budget views' })
          .getByRole('link', { name: view.en })
          .click();
        await expect(app.getByRole('link', { name: view.en, exact: true })).toHaveAttribute(
          'aria-current',
          'page',
        );
        if (view.file === 'overview') {
          // Both charts: the second is drawn after the first has painted.
          await expect(app.locator('svg.chart-svg')).toHaveCount(2);
          await app.getByText('The same numbers as a table, month by month').click();
        }
        if (view.file === 'benefits') {
          await app.getByText('France: estimate your ARE').click();
          await app.getByLabel('Gross pay over the reference period (EUR)').fill('72000');
          await app.getByLabel('Days worked in it').fill('600');
          await app.getByLabel('Age at the end of the contract').fill('41');
          await app.getByLabel('Last day of the contract').fill('31/12/2026');
          await app.getByRole('button', { name: 'Estimate', exact: true }).click();
          await expect(app.getByText(/€56\.22 a day, €1,686\.60 a month/)).toBeVisible();
        }
        await expectNoAxeViolations(app, `budget ${view.file} (${theme})`);
        await saveScreenshot(app, `budget-${view.file}-${theme}`);
      }
    });
  }
});

test.describe('in French', () => {
  test.use({ seed: { dataFile: Buffer.from(JSON.stringify(budgetedDocument('fr'))) } });
  test('every Budget screen is in French, with no English left', async ({ app }) => {
    await openSection(app, 'Budget');
    for (const view of VIEWS) {
      await app
        .getByRole('navigation', { name: 'Vues du budget' })
        .getByRole('link', { name: view.fr })
        .click();
      if (view.file === 'overview')
        await app.getByText('Les mêmes chiffres en tableau, mois par mois').click();
      if (view.file === 'benefits') {
        await app.getByText('France\u202f: estimer votre ARE').click();
        await app.getByText('Les taux utilisés, avec leurs sources').click();
      }
      expect(englishLeftIn(await visibleText(app)), `English left on ${view.file}`).toEqual([]);
    }
    await saveScreenshot(app, 'budget-scenarios-fr');
    await openSection(app, 'Aujourd’hui');
    expect(englishLeftIn(await visibleText(app)), 'English left on Today').toEqual([]);
  });
});
