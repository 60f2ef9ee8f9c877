/**
 * The gig log in the Budget (issue 14): a French claimant's month of USD tutoring shows in
 * euros with the rate used, with its estimated net, the reduced ARE month and the runway
 * change; the tax settings save to the gig section; a gig what-if opens beside the Baseline.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { usBenefits } from '../../renderer/src/domain/budget/are-estimator';
import { gigBudgetDocument, OCTOBER_TUTORING } from '../support/gig-budget';
import { renderApp } from './render-app';

describe('gig work in the budget', () => {
  // The figures were worked out for 18 November 2026: October is last month, November this one.
  beforeEach(() => vi.setSystemTime(new Date('2026-11-18T10:00:00')));

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

  it('for a US claimant: self-employment tax, quarterly dates and the W-4V withholding', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/budget/money';
    const french = gigBudgetDocument();
    // Ten months of $1,260.00 in 2026: 12,600.00 × 92.35 % = 11,636.10; 12.4 % = 1,442.88,
    // 2.9 % = 337.45: $1,780.33, so the four 1040-ES dates apply.
    const entries = Array.from({ length: 10 }, (_, m) => ({
      ...OCTOBER_TUTORING.entries[0]!,
      id: `work-${m}`,
      day: `2026-${String(m + 1).padStart(2, '0')}-05`,
      paidMinutes: 1200,
      rate: { amountMinor: 6300, unit: 'hour' as const },
    }));
    const { storage } = await renderApp({
      document: {
        ...french,
        profile: { ...french.profile, country: 'US' },
        gig: { ...OCTOBER_TUTORING, entries },
        budget: {
          ...french.budget,
          exchangeRates: [],
          benefits: usBenefits({
            weeklyMinor: 45000,
            weeks: 26,
            startsOn: '2026-09-07',
            partialPercent: 100,
            disregardMinor: 0,
          }),
        },
      },
    });
    const card = within(screen.getByRole('region', { name: 'Taxes and social charges on gig income' }));
    expect(
      card.getByText(
        /^Self-employment tax on the months logged: \$1,780\.33\. Quarterly estimated payments are due: /,
      ),
    ).toBeInTheDocument();
    await user.click(card.getByLabelText(/Withhold 10 % federal tax/));
    await user.click(card.getByRole('button', { name: 'Save the tax settings' }));
    await waitFor(() => expect(storage.current().gig.taxes.withholdUnemployment).toBe(true));
    // $450.00 − 10 % = $405.00.
    expect(
      await card.findByText(
        'Each benefit payment of $450.00 leaves $405.00 after the withholding you asked for: the budget counts $405.00.',
      ),
    ).toBeInTheDocument();
  });
});
