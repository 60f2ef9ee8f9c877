/** Claimant-duties journeys shared by the browser and Electron suites: they only need a Page. */
import { expect, type Page } from '@playwright/test';
import type { GigSection } from '../../../preload/contract/gig-section';
import { JORDAN, openSection } from './onboarding';

/** A US claimant in Texas, typing dates and amounts the American way. */
export const TAYLOR = {
  ...JORDAN,
  name: 'Taylor Brooks',
  country: 'US',
  layoffDate: '09/12/2025',
  lastPaidDay: '11/30/2025',
  previousMonthlyPay: '3,150.00',
} as unknown as typeof JORDAN;

export async function chooseUsState(page: Page, state: 'CT' | 'NY' | 'NE' | 'TX'): Promise<void> {
  await openSection(page, 'Claimant duties');
  await page.getByLabel('Your state').selectOption(state);
  await expect(page.getByRole('heading', { level: 3, name: /^The rule in / })).toBeVisible();
}

export interface Contact {
  /** As typed in the US: MM/DD/YYYY. */
  day: string;
  kind: string;
  position: string;
  contactPerson: string;
  result: string;
}

/** Logs one work-search activity on the Duties screen and waits for it in the list. */
export async function logContact(page: Page, contact: Contact): Promise<void> {
  const log = page.getByRole('region', { name: 'Your work-search log' });
  const before = await log.getByRole('button', { name: /^Remove the activity/ }).count();
  await log.getByLabel('Date', { exact: true }).fill(contact.day);
  await log.getByLabel('Type of activity').selectOption({ label: contact.kind });
  await log.getByLabel('Position sought').fill(contact.position);
  await log.getByLabel('Contact person').fill(contact.contactPerson);
  await log.getByLabel('Result').fill(contact.result);
  await log.getByRole('button', { name: 'Log activity' }).click();
  await expect(log.getByRole('button', { name: /^Remove the activity/ })).toHaveCount(before + 1);
}

/**
 * A gig log for November 2026 written straight through the bridge (the gig screens are their
 * own journey): 2 h 30 paid in euros, 1 h paid in dollars with no exchange rate, 10 h this
 * week, and a screening that may be retaken on 1 December. Reloads so the page reads it.
 */
export async function seedFrenchGigLog(page: Page): Promise<void> {
  const entry = (id: string, day: string, paidMinutes: number, currency: 'EUR' | 'USD', rate: number) => ({
    id,
    platformId: 'mercor',
    project: id === 'usd' ? 'Finance rubric' : 'Rédaction juridique',
    day,
    paidMinutes,
    unpaidMinutes: { onboarding: id === 'usd' ? 30 : 0, assessment: 0, waiting: 0 },
    tasks: 0,
    rate: { amountMinor: rate, unit: 'hour' as const },
    currency,
    paidOn: null,
    payout: null,
    note: '',
  });
  const gig: GigSection = {
    platforms: [{ id: 'mercor', name: 'Mercor', currency: 'EUR', notes: '' }],
    entries: [
      entry('eur', '2026-11-03', 150, 'EUR', 2500),
      entry('usd', '2026-11-10', 60, 'USD', 3000),
      entry('week', '2026-11-17', 600, 'EUR', 2500),
    ],
    screenings: [
      {
        id: 'test',
        platformId: 'mercor',
        format: 'skills-test',
        day: '2026-11-12',
        outcome: 'failed',
        retakeFrom: '2026-12-01',
        unpaidMinutes: 60,
        note: '',
      },
    ],
    taxes: { microActivity: 'bnc', withholdUnemployment: false, overrides: {} },
  };
  const ok = await page.evaluate(
    async (value) => (await window.api.saveSection({ section: 'gig', value })).ok,
    gig,
  );
  expect(ok).toBe(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}
