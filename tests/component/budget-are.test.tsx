/** The ARE estimate on the Benefits screen: the divisor's year and source, gross and net, the rule saved. */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PlannerDocument } from '../../preload/contract/document';
import { clearAreDraft } from '../../renderer/src/state/are-draft-store';
import { validDocument } from '../support/fixtures';
import { budget } from '../support/budgets';
import { typeAreClaim } from './are-estimator-steps';
import { renderApp } from './render-app';

function englishDocument(): PlannerDocument {
  const base = validDocument();
  return { ...base, preferences: { language: 'en', theme: 'light' }, budget: budget() };
}

// The estimator's draft outlives a screen (state/are-draft-store.ts): each case starts blank.
beforeEach(clearAreDraft);

describe('the ARE estimate', () => {
  it('shows the severance divisor of the contract’s year, gross and net, and saves the ARE rule', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/budget/benefits';
    const { storage } = await renderApp({ document: englishDocument() });
    await typeAreClaim(user, { gross: '57600', age: '40' });
    await user.type(screen.getByLabelText('Severance above the legal minimum (EUR)'), '{Backspace}5000');
    await user.click(screen.getByRole('button', { name: 'Estimate' }));
    // SJR 78.90 → 45.06 a day; 5,000.00 / 109.60 = 45 days of delay, from the 2025 divisor.
    expect(await screen.findByText(/€45\.06 a day, €1,351\.80 a month/)).toBeInTheDocument();
    expect(
      screen.getByText(/^Severance divided by 109[.,]6 \(the 2025 divisor: worked out from/),
    ).toBeInTheDocument();
    // Net: 45.06 − 3 % × 78.90 (2.37) = 42.69 a day; × 30 = 1,280.70.
    expect(screen.getByText(/about €1,280\.70 a month .* Gross €1,351\.80\./)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Put this in the benefits form' }));
    expect(screen.getByText(/€45\.06 a day gross \(€42\.69 net\), a claim of 548 days/)).toBeInTheDocument();
    // Under the ARE rule the payment fields are the rule's, not typed in.
    expect(screen.queryByLabelText('Number of payments')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save the benefits' }));
    await waitFor(() =>
      expect(storage.current().budget.benefits).toMatchObject({
        startsOn: '2025-08-22', // 30 June + 1 + 45 + 7 days
        are: { dailyMinor: 4506, capitalDays: 548, dailyReferenceMinor: 7890 },
      }),
    );
  });

  it('goes back to fixed amounts when asked, and saves them without the rule', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/budget/benefits';
    const { storage } = await renderApp({ document: englishDocument() });
    await typeAreClaim(user, { gross: '57600', age: '40' });
    await user.click(screen.getByRole('button', { name: 'Estimate' }));
    await user.click(await screen.findByRole('button', { name: 'Put this in the benefits form' }));
    await user.click(screen.getByRole('button', { name: 'Use fixed amounts instead' }));
    expect(screen.getByLabelText('Number of payments')).toHaveValue('19');
    await user.click(screen.getByRole('button', { name: 'Save the benefits' }));
    await waitFor(() =>
      expect(storage.current().budget.benefits).toMatchObject({
        amountMinor: 135180,
        payments: 19,
        are: null,
      }),
    );
  });

  it('says from which day of payment a high allowance is cut, in words a reader expects', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/budget/benefits';
    await renderApp({ document: englishDocument() });
    await typeAreClaim(user, { gross: '180000', age: '40' });
    await user.click(screen.getByRole('button', { name: 'Estimate' }));
    // SJR 246.58; 57 % of it is 140.55 a day; under 55, 30 % less from the 183rd day paid
    // (art. 17 bis): 98.38–98.39, above the €92.57 floor.
    expect(await screen.findByText(/^From day 183 of payment: €98\.3\d a day\.$/)).toBeInTheDocument();
  });
});
