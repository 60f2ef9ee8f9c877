/**
 * Pay in another currency: the Budget lists the offer, counts it only once the user enters a
 * dated rate, and shows both amounts with the rate and date used.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PlannerDocument } from '../../preload/contract/document';
import { validDocument } from '../support/fixtures';
import { application } from '../support/applications';
import { account, budget, expense } from '../support/budgets';
import { renderApp } from './render-app';

function documentWithUsdOffer(): PlannerDocument {
  const base = validDocument();
  return {
    ...base,
    preferences: { language: 'en', theme: 'light' },
    path: { ...base.path, milestones: [] },
    applications: {
      ...base.applications,
      applications: [
        application('outlier', {
          organisation: 'Outlier',
          stageId: 'offer',
          // 25 USD an hour, 20 hours a week: 25 × 20 × 52 / 12 = 2,166.67 USD a month.
          pay: { minMinor: 2500, maxMinor: null, unit: 'hour', currency: 'USD', unitsPerWeek: 20 },
          expectedStart: '2027-01-04',
        }),
      ],
    },
    budget: budget({ accounts: [account(600000)], expenses: [expense(150000, 1)] }),
  };
}

describe('exchange rates in the budget', () => {
  it('lists a USD offer without a rate as not counted, then counts it at the rate the user enters', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/budget/money';
    const { storage } = await renderApp({ document: documentWithUsdOffer() });
    const offers = within(screen.getByRole('region', { name: 'Offers from Applications' }));
    expect(
      offers.getByText(
        /2,166\.67 a month, not counted: there is no exchange rate for USD\. Add one in “Exchange rates” below\./,
      ),
    ).toBeInTheDocument();

    const rates = within(screen.getByRole('region', { name: 'Exchange rates' }));
    expect(rates.getByLabelText('Currency')).toHaveValue('USD');
    // Two decimal marks: explained next to the field, and what was typed stays.
    await user.type(rates.getByLabelText('Value of 1 unit, in EUR'), '0,92,04');
    await user.type(rates.getByLabelText('Rate date'), '12/11/2026');
    await user.type(rates.getByLabelText('Source or note (optional)'), 'ECB reference rate');
    await user.click(rates.getByRole('button', { name: 'Add the rate' }));
    expect(await rates.findByText(/^Enter a rate such as 0\.9204/)).toBeInTheDocument();
    expect(rates.getByLabelText('Value of 1 unit, in EUR')).toHaveValue('0,92,04');
    expect(storage.current().budget.exchangeRates).toEqual([]);

    // English writes decimals with a point, as its amounts do (in France too); a comma, as a
    // French keyboard gives it, is read as the decimal mark as well.
    await user.clear(rates.getByLabelText('Value of 1 unit, in EUR'));
    await user.type(rates.getByLabelText('Value of 1 unit, in EUR'), '0,9204');
    await user.click(rates.getByRole('button', { name: 'Add the rate' }));
    await waitFor(() =>
      expect(storage.current().budget.exchangeRates).toEqual([
        { currency: 'USD', homePerUnitMicros: 920400, asOf: '2026-11-12', note: 'ECB reference rate' },
      ]),
    );
    expect(rates.getByText('1 USD = 0.9204 EUR on 12/11/2026 (ECB reference rate)')).toBeInTheDocument();
    // 2,166.67 × 0.9204 = 1,994.203068 → €1,994.20
    expect(
      offers.getByText(
        /2,166\.67 a month ≈ €1,994\.20 at 0\.9204 on 12\/11\/2026, from 04\/01\/2027, 50 % likely/,
      ),
    ).toBeInTheDocument();

    await user.click(rates.getByRole('button', { name: 'Edit USD 12/11/2026' }));
    expect(rates.getByLabelText('Value of 1 unit, in EUR')).toHaveValue('0.9204');
    await user.click(rates.getByRole('button', { name: 'Cancel' }));
    await user.click(rates.getByRole('button', { name: 'Remove USD 12/11/2026' }));
    await waitFor(() => expect(storage.current().budget.exchangeRates).toEqual([]));
    expect(offers.getByText(/not counted: there is no exchange rate for USD/)).toBeInTheDocument();
  });

  it('counts the converted offer in the runway: the verdict plans a first pay', async () => {
    // The offer starts on a fixed day in 2027: the first pay is ahead of the suite's usual
    // day, but already past on the calendar check's 1 March 2027, so the day is pinned here.
    vi.setSystemTime(new Date('2026-11-18T10:00:00'));
    const document = documentWithUsdOffer();
    document.budget.exchangeRates = [
      { currency: 'USD', homePerUnitMicros: 920400, asOf: '2026-11-12', note: '' },
    ];
    window.location.hash = '#/budget';
    await renderApp({ document });
    const verdict = within(screen.getByRole('region', { name: 'Will you be ready in time?' }));
    expect(verdict.getByText(/^First pay planned: 4 February 2027/)).toBeInTheDocument();
  });
});
