/**
 * The gig log in the Budget (issue 14): a French claimant's month of USD tutoring shows in
 * euros with the rate used, with its estimated net, the reduced ARE month and the runway
 * change; the tax settings save to the gig section; a gig what-if opens beside the Baseline.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gigBudgetDocument } from '../support/gig-budget';
import { renderApp } from './render-app';

describe('gig work in the budget', () => {
  it('shows October’s USD tutoring in euros, the reduced benefit and the runway change', async () => {
    window.location.hash = '#/budget';
    await renderApp({ document: gigBudgetDocument() });
    const card = within(await screen.findByRole('region', { name: 'Gig work in the budget' }));
    expect(card.getByText(/\$420\.00 ≈ €386\.40 at 0[.,]92 on/)).toBeInTheDocument();
    expect(card.getByText(/\$840\.00 ≈ €722\.40 at 0[.,]86 on/)).toBeInTheDocument();
    const october = card.getByRole('row', { name: /October|Oct|10\/2026/ });
    // Gross €1,108.80; net of 25.6 % + 0.2 %: €822.73 (estimate).
    expect(within(october).getByText('€1,108.80')).toBeInTheDocument();
    expect(within(october).getByText('€822.73')).toBeInTheDocument();
    expect(
      within(october).getByText(/9 days paid, €320\.58 net \(without this work: 30 days, €1,068\.60\)/),
    ).toBeInTheDocument();
    expect(screen.getByText(/instead of .*: 30 days later\./)).toBeInTheDocument();
  });

  it('saves the tax settings to the gig log, and keeps a bad figure with its reason', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/budget/money';
    const { storage } = await renderApp({ document: gigBudgetDocument() });
    const card = within(screen.getByRole('region', { name: 'Taxes and social charges on gig income' }));
    const rate = card.getByLabelText(/^Social charges, liberal services \(BNC\)/);
    expect(card.getByText(/Décret n° 2025-943/)).toBeInTheDocument();
    await user.type(rate, 'a lot');
    await user.click(card.getByRole('button', { name: 'Save the tax settings' }));
    expect(await card.findByText(/^Enter a number such as 25/)).toBeInTheDocument();
    expect(rate).toHaveValue('a lot');
    await user.clear(rate);
    await user.type(rate, '24.6');
    await user.selectOptions(card.getByLabelText('Micro-entrepreneur activity'), 'bnc');
    await user.click(card.getByRole('button', { name: 'Save the tax settings' }));
    await waitFor(() =>
      expect(storage.current().gig.taxes.overrides).toEqual({ bncServicesBasisPoints: 2460 }),
    );
    expect(
      await card.findByLabelText(/^Social charges, liberal services \(BNC\): 24[.,]6 % \(yours\)/),
    ).toBeInTheDocument();
  });

  it('opens a gig what-if in one click and compares it with the Baseline', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/budget/scenarios';
    await renderApp({ document: gigBudgetDocument({ plannedSideMinor: 100000 }) });
    const card = within(screen.getByRole('region', { name: 'If gig work dries up' }));
    expect(card.getByText(/what Outlier paid you lately \(about €1,108\.80 a month\)/)).toBeInTheDocument();
    const button = card.getByRole('button', { name: 'Project ends early' });
    await user.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(
      await card.findByText(
        /^Gig: project ends early: −€1,000\.00 a month; the money falls below your floor on .*, \d+ days? earlier than the Baseline\./,
      ),
    ).toBeInTheDocument();
    await user.click(card.getByRole('button', { name: 'Close Gig: project ends early' }));
    expect(button).toHaveAttribute('aria-pressed', 'false');

    // The cut is the user's: a figure out of range says why and keeps the default meanwhile.
    const cut = card.getByLabelText('Rate cut (%)');
    await user.clear(cut);
    await user.type(cut, '200');
    expect(card.getByText('Enter a whole number from 1 to 90.')).toBeInTheDocument();
    expect(card.getByRole('button', { name: 'Rate cut by 24 %' })).toBeInTheDocument();
    await user.clear(cut);
    await user.type(cut, '30');
    // €1,000.00 planned, 30 % of €1,108.80 = €332.64 lost a month.
    await user.click(card.getByRole('button', { name: 'Rate cut by 30 %' }));
    expect(await card.findByText(/^Gig: rate cut: −€332\.64 a month; /)).toBeInTheDocument();
  });
});
