/**
 * The ARE estimator's draft outlives its tab: leaving Benefits (for another budget view or
 * another section) and coming back finds what was typed, valid or not, and the estimate.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PlannerDocument } from '../../preload/contract/document';
import { clearAreDraft } from '../../renderer/src/state/are-draft-store';
import { validDocument } from '../support/fixtures';
import { budget } from '../support/budgets';
import { ARE_GROSS, typeAreClaim } from './are-estimator-steps';
import { renderApp } from './render-app';

function englishDocument(): PlannerDocument {
  const base = validDocument();
  return { ...base, preferences: { language: 'en', theme: 'light' }, budget: budget() };
}

const budgetTab = (name: string) =>
  within(screen.getByRole('navigation', { name: 'Budget views' })).getByRole('link', { name });

beforeEach(clearAreDraft);

describe('the ARE estimator’s draft', () => {
  it('keeps what was typed, the wrong text too, across a change of budget view', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/budget/benefits';
    await renderApp({ document: englishDocument() });
    await typeAreClaim(user, { gross: '57600', age: 'forty' });
    await user.click(screen.getByRole('checkbox', { name: /economic/i }));
    await user.click(screen.getByRole('button', { name: 'Estimate' }));
    expect(await screen.findByText('Enter a whole number from 16 to 80.')).toBeInTheDocument();

    await user.click(budgetTab('Money in and out'));
    expect(screen.queryByLabelText(ARE_GROSS)).not.toBeInTheDocument();
    await user.click(budgetTab('Benefits'));

    // Left half done, the estimator is open again as it was left.
    expect(await screen.findByLabelText(ARE_GROSS)).toHaveValue('57600');
    expect(screen.getByLabelText('Days worked in it')).toHaveValue('730');
    expect(screen.getByLabelText('Age at the end of the contract')).toHaveValue('forty');
    expect(screen.getByLabelText('Last day of the contract')).toHaveValue('30/06/2025');
    expect(screen.getByRole('checkbox', { name: /economic/i })).toBeChecked();
    // A field left alone still shows its starting value.
    expect(screen.getByLabelText('Days in that period')).toHaveValue('730');
  });

  it('keeps the estimate and the typed figures after a visit to another section', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/budget/benefits';
    await renderApp({ document: englishDocument() });
    await typeAreClaim(user, { gross: '57600', age: '40' });
    await user.click(screen.getByRole('button', { name: 'Estimate' }));
    expect(await screen.findByText(/€45\.06 a day, €1,351\.80 a month/)).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Skills & domains' }));
    expect(screen.queryByText('France: estimate your ARE')).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Budget' }));
    await user.click(budgetTab('Benefits'));

    expect(await screen.findByText(/€45\.06 a day, €1,351\.80 a month/)).toBeInTheDocument();
    // The kept figures are the form's own: estimating again, after one more digit, reads them.
    await user.type(screen.getByLabelText(ARE_GROSS), '0');
    await user.click(screen.getByRole('button', { name: 'Estimate' }));
    // 576,000.00 over 730 days: a daily reference wage of 789.04 (it was 78.90).
    expect(await screen.findByText(/a daily reference wage of €789\.04/)).toBeInTheDocument();
  });
});
