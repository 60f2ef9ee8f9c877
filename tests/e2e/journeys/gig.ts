/**
 * Gig work steps shared by the journeys (English interface): add a platform, log a day of
 * work, import a payout statement through the mapping step, record a screening. Each works by
 * label inside its own card, the way a person reads the page.
 */
import { expect, type Page } from '@playwright/test';

export const gigCard = (
  page: Page,
  name: 'Platforms' | 'Work log' | 'Import a payout statement' | 'Screenings',
) => page.getByRole('region', { name, exact: true });

export async function addGigPlatform(page: Page, name: string, currency = 'USD'): Promise<void> {
  const card = gigCard(page, 'Platforms');
  await card.getByLabel('Platform name').fill(name);
  await card.getByLabel('Pays in').selectOption(currency);
  await card.getByRole('button', { name: 'Add platform' }).click();
  await expect(card.getByText(`${name}, pays in ${currency}`, { exact: true })).toBeVisible();
}

export interface GigWork {
  platform: string;
  project?: string;
  /** As typed in the profile's date format. */
  day: string;
  hours?: string;
  minutes?: string;
  onboarding?: string;
  assessment?: string;
  waiting?: string;
  tasks?: string;
  rate: string;
  unit?: 'hour' | 'task' | 'project (once)';
  currency?: string;
  paidOn?: string;
  received?: string;
  fees?: string;
  note?: string;
}

/** Logs one piece of work and waits for the log to confirm it. */
export async function logGigWork(page: Page, work: GigWork): Promise<void> {
  const card = gigCard(page, 'Work log');
  await card.getByLabel('Platform', { exact: true }).selectOption({ label: work.platform });
  const fill = async (label: string, value: string | undefined) => {
    if (value !== undefined) await card.getByLabel(label, { exact: true }).fill(value);
  };
  await fill('Project', work.project);
  await fill('Day worked', work.day);
  await fill('Hours', work.hours);
  await fill('Minutes', work.minutes);
  await fill('Onboarding', work.onboarding);
  await fill('Assessments', work.assessment);
  await fill('Waiting for tasks', work.waiting);
  await fill('Tasks done', work.tasks);
  await fill('Rate', work.rate);
  if (work.unit) await card.getByLabel('Per', { exact: true }).selectOption({ label: work.unit });
  if (work.currency) await card.getByLabel('Currency', { exact: true }).selectOption(work.currency);
  await fill('Paid on', work.paidOn);
  await fill('Received', work.received);
  await fill('Fees', work.fees);
  await fill('Note', work.note);
  await card.getByRole('button', { name: 'Log this work' }).click();
  await expect(card.getByRole('status').filter({ hasText: 'Logged.' })).toBeVisible();
}

/**
 * Imports a CSV statement: chooses the platform and the file, changes the guessed columns
 * given in `mapping` (our field's label → the file's column name), checks the preview's counts,
 * then confirms.
 */
export async function importPayoutStatement(
  page: Page,
  statement: {
    platform: string;
    name: string;
    csv: string;
    mapping?: Record<string, string>;
    expectCounts: string;
    /** Runs while the mapping and the preview are on screen (an axe check, a screenshot). */
    beforeConfirm?: () => Promise<void>;
  },
): Promise<void> {
  const card = gigCard(page, 'Import a payout statement');
  await card.getByLabel('Statement from').selectOption({ label: statement.platform });
  await card.locator('input[type="file"]').setInputFiles({
    name: statement.name,
    mimeType: 'text/csv',
    buffer: Buffer.from(statement.csv, 'utf8'),
  });
  await expect(card.getByRole('group', { name: 'Which column holds what' })).toBeVisible();
  for (const [field, column] of Object.entries(statement.mapping ?? {}))
    await card.getByLabel(field, { exact: true }).selectOption({ label: column });
  await expect(card.getByText(statement.expectCounts)).toBeVisible();
  await statement.beforeConfirm?.();
  await card.getByRole('button', { name: /^Add \d+ payouts? to / }).click();
  await expect(card.getByRole('status').filter({ hasText: /payouts? added to/ })).toBeVisible();
}

export interface GigScreening {
  platform: string;
  format: 'AI interview' | 'Skills test' | 'Credential check' | 'Other';
  day: string;
  outcome: 'Waiting for the result' | 'Passed' | 'Not passed' | 'Withdrawn';
  retakeFrom?: string;
  minutes?: string;
  note?: string;
}

export async function recordScreening(page: Page, screening: GigScreening): Promise<void> {
  const card = gigCard(page, 'Screenings');
  await card.getByLabel('Platform', { exact: true }).selectOption({ label: screening.platform });
  await card.getByLabel('Format', { exact: true }).selectOption({ label: screening.format });
  await card.getByLabel('Day', { exact: true }).fill(screening.day);
  await card.getByLabel('Outcome', { exact: true }).selectOption({ label: screening.outcome });
  if (screening.retakeFrom) await card.getByLabel('May retake from').fill(screening.retakeFrom);
  if (screening.minutes) await card.getByLabel('Unpaid time (minutes)').fill(screening.minutes);
  if (screening.note) await card.getByLabel('Note', { exact: true }).fill(screening.note);
  await card.getByRole('button', { name: 'Record screening' }).click();
  await expect(card.getByRole('status').filter({ hasText: 'Recorded.' })).toBeVisible();
}
