/**
 * The Claimant duties page with the real handlers: a US claimant chooses Texas, types their
 * letter's number (a bad one refused beside the field, kept as typed), logs and removes a
 * contact, and the week's check says what is missing; a French claimant sees what to declare
 * from the gig log.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PlannerDocument } from '../../preload/contract/document';
import { emptyClaimantSection } from '../../preload/contract/section-defaults';
import { validDocument } from '../support/fixtures';
import { renderApp } from './render-app';

function claimant(country: 'US' | 'FR'): PlannerDocument {
  const base = validDocument();
  return {
    ...base,
    preferences: { language: 'en', theme: 'light' },
    profile: { ...base.profile, country },
    claimant: emptyClaimantSection(),
  };
}

describe('the claimant duties page', () => {
  it('checks a Texas claimant’s week against the number on their letter', async () => {
    // 18 November 2026: the week of 15 to 21 November is this week, among the eight shown.
    vi.setSystemTime(new Date('2026-11-18T10:00:00'));
    const user = userEvent.setup();
    window.location.hash = '#/duties';
    const { storage } = await renderApp({ document: claimant('US') });
    expect(await screen.findByRole('heading', { level: 1, name: 'Claimant duties' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Monthly actualisation' })).not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Your state'), 'TX');
    const rule = within(screen.getByRole('region', { name: 'Weekly work search' }));
    expect(await rule.findByText('3 work-search activities a week.')).toBeInTheDocument();
    await waitFor(() => expect(storage.current().claimant.usState).toBe('TX'));

    const own = rule.getByLabelText('Activities a week on your letter');
    await user.type(own, '0');
    await user.click(rule.getByRole('button', { name: 'Save' }));
    expect(await rule.findByText('Enter a whole number from 1 to 20.')).toBeInTheDocument();
    expect(own).toHaveValue('0');
    await user.clear(own);
    await user.type(own, '4');
    await user.click(rule.getByRole('button', { name: 'Save' }));
    expect(await rule.findByText('4 work-search activities a week.')).toBeInTheDocument();
    expect(rule.getByText('the figure you typed from your letter')).toBeInTheDocument();
    await waitFor(() => expect(storage.current().claimant.activitiesPerWeek).toBe(4));

    const log = within(screen.getByRole('region', { name: 'Your work-search log' }));
    // Texas's log asks for no employer or phone: the form does not either.
    expect(log.queryByLabelText('Employer')).not.toBeInTheDocument();
    const day = log.getByLabelText('Date');
    await user.clear(day);
    await user.type(day, '11/31/2026');
    await user.click(log.getByRole('button', { name: 'Log activity' }));
    expect(await log.findByText(/^Enter a real date as/)).toBeInTheDocument();
    expect(day).toHaveValue('11/31/2026');
    await user.clear(day);
    await user.type(day, '11/16/2026');
    await user.selectOptions(log.getByLabelText('Type of activity'), 'interview');
    await user.type(log.getByLabelText('Position sought'), 'AI tutor, law');
    await user.click(log.getByRole('button', { name: 'Log activity' }));
    expect(await log.findByText('Activity logged.')).toBeInTheDocument();
    await waitFor(() => expect(storage.current().claimant.activities).toHaveLength(1));
    expect(storage.current().claimant.activities[0]).toMatchObject({
      day: '2026-11-16',
      kind: 'interview',
      position: 'AI tutor, law',
    });

    await user.click(log.getByRole('button', { name: 'Edit the activity of 11/16/2026: Interview' }));
    const editing = log.getAllByLabelText('Position sought')[1];
    if (!editing) throw new Error('expected the edit form');
    await user.clear(editing);
    await user.type(editing, 'AI tutor, tax law');
    await user.click(log.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(storage.current().claimant.activities[0]?.position).toBe('AI tutor, tax law'));
    expect(log.queryByRole('button', { name: 'Save changes' })).not.toBeInTheDocument();

    const check = within(screen.getByRole('region', { name: 'Weekly check' }));
    const week = check.getByRole('row', { name: /^11\/15\/2026 to 11\/21\/2026/ });
    expect(within(week).getByText('Not met: 1 of 4 activities')).toBeInTheDocument();

    await user.click(log.getByRole('button', { name: 'Remove the activity of 11/16/2026: Interview' }));
    await waitFor(() => expect(storage.current().claimant.activities).toHaveLength(0));
    expect(await within(week).findByText('Not met: 0 of 4 activities')).toBeInTheDocument();
  });

  it('shows a French claimant the month’s hours and gross pay to declare, from the gig log', async () => {
    // 18 November 2026: November's actualisation is the next one, its work logged this month.
    vi.setSystemTime(new Date('2026-11-18T10:00:00'));
    window.location.hash = '#/duties';
    await renderApp({ document: claimant('FR') });
    const actualisation = within(await screen.findByRole('region', { name: 'Monthly actualisation' }));
    expect(
      actualisation.getByText(
        'The next actualisation, for November 2026, opens on 28 November 2026 and closes on 15 December 2026.',
      ),
    ).toBeInTheDocument();
    expect(actualisation.getByText('Nothing logged for November 2026 yet.')).toBeInTheDocument();
    expect(actualisation.getByText(/^Source: service-public\.fr F1638/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Weekly activity hours' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Your state')).not.toBeInTheDocument();
  });

  it('reminds on Today of the open actualisation, the week’s hours and a retake within 30 days', async () => {
    vi.setSystemTime(new Date('2026-11-30T10:00:00'));
    window.location.hash = '#/';
    const document = claimant('FR');
    const retake = (id: string, retakeFrom: string) => ({
      id,
      platformId: 'platform-outlier',
      format: 'skills-test' as const,
      day: '2026-11-20',
      outcome: 'failed' as const,
      retakeFrom,
      unpaidMinutes: 0,
      note: '',
    });
    await renderApp({
      document: {
        ...document,
        gig: { ...document.gig, screenings: [retake('soon', '2026-12-10'), retake('later', '2027-01-20')] },
      },
    });
    const card = within(await screen.findByRole('region', { name: 'Claimant duties' }));
    // 30 November to 15 December: 16 days, today included.
    expect(
      card.getByText('Actualisation for November 2026 open until 15 December 2026: 16 days left.'),
    ).toBeInTheDocument();
    expect(card.getByText('Activity this week: 0 h of 15 h.')).toBeInTheDocument();
    expect(card.getByText('Outlier: retake from 10 December 2026')).toBeInTheDocument();
    expect(card.queryByText(/January 2027/)).not.toBeInTheDocument();
    expect(card.getByRole('link', { name: 'Open Claimant duties' })).toHaveAttribute('href', '#/duties');
  });
});
