/**
 * The Gig work page with the real handlers: a platform is added, work is logged with unpaid
 * time, and the effective rate appears in both currencies with the budget's dated rate named.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PlannerDocument } from '../../preload/contract/document';
import { emptyGigSection } from '../../preload/contract/section-defaults';
import { validDocument } from '../support/fixtures';
import { renderApp } from './render-app';

function frenchUserWithUsdRate(): PlannerDocument {
  const base = validDocument();
  return {
    ...base,
    preferences: { language: 'en', theme: 'light' },
    gig: emptyGigSection(),
    budget: {
      ...base.budget,
      exchangeRates: [{ currency: 'USD', homePerUnitMicros: 920_000, asOf: '2026-11-01', note: 'ECB' }],
    },
  };
}

describe('the gig work page', () => {
  it('adds a platform, logs paid and unpaid work, and shows what it really paid per hour', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/gig';
    const { storage } = await renderApp({ document: frenchUserWithUsdRate() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Gig work' })).toBeInTheDocument();

    const platforms = within(screen.getByRole('region', { name: 'Platforms' }));
    await user.type(platforms.getByLabelText('Platform name'), 'Mercor');
    expect(platforms.getByLabelText('Pays in')).toHaveValue('USD');
    await user.click(platforms.getByRole('button', { name: 'Add platform' }));
    expect(await platforms.findByText('Mercor, pays in USD')).toBeInTheDocument();

    // A second platform of the same name is refused beside the field, and what was typed stays.
    await user.type(platforms.getByLabelText('Platform name'), ' mercor');
    await user.click(platforms.getByRole('button', { name: 'Add platform' }));
    expect(await platforms.findByText('You already have a platform with this name.')).toBeInTheDocument();
    expect(platforms.getByLabelText('Platform name')).toHaveValue(' mercor');

    const log = within(screen.getByRole('region', { name: 'Work log' }));
    expect(log.getByLabelText('Currency')).toHaveValue('USD');
    await user.type(log.getByLabelText('Project'), 'Finance rubric');
    await user.type(log.getByLabelText('Day worked'), '16/11/2026');
    await user.type(log.getByLabelText('Hours'), '2');
    await user.type(log.getByLabelText('Onboarding'), '30');
    await user.type(log.getByLabelText('Rate'), '20.00');
    await user.click(log.getByRole('button', { name: 'Log this work' }));
    expect(await log.findByText('Logged.')).toBeInTheDocument();
    await waitFor(() => expect(storage.current().gig.entries).toHaveLength(1));
    expect(storage.current().gig.entries[0]).toMatchObject({
      platformId: 'mercor',
      day: '2026-11-16',
      paidMinutes: 120,
      unpaidMinutes: { onboarding: 30, assessment: 0, waiting: 0 },
      rate: { amountMinor: 2000, unit: 'hour' },
    });

    // $40 earned over 2.5 hours = $16.00 an hour; at 0.92 that is €36.80, so €14.72 an hour,
    // and €18.40 per paid hour.
    const rates = within(screen.getByRole('region', { name: 'What each platform really pays' }));
    const row = within(rates.getByRole('row', { name: /^Mercor/ }));
    expect(row.getByText('2.5 h (0.5 h unpaid)')).toBeInTheDocument();
    expect(row.getByText(/40\.00/)).toBeInTheDocument();
    expect(row.getByText(/16\.00/)).toBeInTheDocument();
    expect(row.getAllByText(/14\.72/)).toHaveLength(2);
    expect(row.getByText(/18\.40/)).toBeInTheDocument();
    expect(row.getByText(/36\.80/)).toBeInTheDocument();
    expect(
      rates.getByText('USD converted at 0.92 EUR, your rate dated 01/11/2026 (Budget).'),
    ).toBeInTheDocument();
    expect(
      rates.getByText(/^Source: your work log \(1 entry from 16\/11\/2026 to 16\/11\/2026\)/),
    ).toBeInTheDocument();

    // Removing the platform says what goes with it, and takes its work with it once confirmed.
    await user.click(platforms.getByRole('button', { name: 'Remove Mercor' }));
    expect(
      platforms.getByText('Remove Mercor? 1 work entry and 0 screenings go with it. Nothing else changes.'),
    ).toBeInTheDocument();
    await user.click(platforms.getByRole('button', { name: 'Remove' }));
    expect(
      await platforms.findByText('No platform yet. Add the first one to start your log.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(storage.current().gig).toMatchObject({ platforms: [], entries: [] }));
    expect(screen.getByText('Log some work to see the rates.')).toBeInTheDocument();
  });
});
