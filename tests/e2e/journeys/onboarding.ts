/** User journeys shared by the browser and Electron suites: they only need a Page. */
import { expect, type Page } from '@playwright/test';

export const JORDAN = {
  name: 'Jordan Lefèvre',
  country: 'FR',
  layoffDate: '12/09/2025',
  lastPaidDay: '30/11/2025',
  previousRole: 'Generalist AI tutor',
  previousEmployer: 'xAI',
  previousMonthlyPay: '3 150,00',
  hours: '18',
} as const;

/** Fills first-run onboarding in English, entirely by label, and lands on Today. */
export async function completeOnboarding(page: Page, person: typeof JORDAN = JORDAN): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Passerelle' })).toBeVisible();
  await page.getByLabel('Your name (optional)').fill(person.name);
  await page.getByLabel('Country').selectOption(person.country);
  await page.getByLabel('Layoff date').fill(person.layoffDate);
  await page.getByLabel('Last paid day').fill(person.lastPaidDay);
  await page.getByLabel('Previous role').fill(person.previousRole);
  await page.getByLabel('Previous employer').fill(person.previousEmployer);
  await page.getByLabel(/Previous monthly pay/).fill(person.previousMonthlyPay);
  await page.getByLabel('Hours per week for retraining and job search').fill(person.hours);
  await page.getByRole('button', { name: 'Start planning' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
}

/** The sections in navigation order, with their English and French names. */
export const SCREENS = [
  { id: 'today', en: 'Today', fr: 'Aujourd’hui' },
  { id: 'profile', en: 'Profile', fr: 'Profil' },
  { id: 'skills', en: 'Skills & domains', fr: 'Compétences et domaines' },
  { id: 'path', en: 'Path', fr: 'Parcours' },
  { id: 'applications', en: 'Applications', fr: 'Candidatures' },
  { id: 'budget', en: 'Budget', fr: 'Budget' },
  { id: 'gig', en: 'Gig work', fr: 'Missions freelance' },
  { id: 'duties', en: 'Claimant duties', fr: 'Obligations de demandeur' },
  { id: 'export', en: 'Export', fr: 'Export' },
] as const;

export async function openSection(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
}

/** Everything a user can read on the page, including placeholders and accessible labels. */
export function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[placeholder], [aria-label], [title]')].flatMap(
      (element) => ['placeholder', 'aria-label', 'title'].map((name) => element.getAttribute(name) ?? ''),
    );
    return [document.body.innerText, document.title, ...attributes].join('\n');
  });
}
