/**
 * A last paid day before the layoff date is usually a typing slip: Onboarding and Profile say
 * so, move focus to the confirmation, and save only once the user confirms (or corrects) it.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { validDocument } from '../support/fixtures';
import { renderApp } from './render-app';

const WARNING =
  'Your last paid day (1 September 2025) is before your layoff date (12 September 2025). That is unusual: check it is not a typing slip.';
const CONFIRM = 'Yes, my last paid day is before my layoff date';

describe('onboarding: a last paid day before the layoff date', () => {
  it('warns, keeps the focus on the confirmation and saves nothing until it is ticked', async () => {
    const user = userEvent.setup();
    const { storage } = await renderApp();
    await user.selectOptions(screen.getByLabelText('Country'), 'FR');
    await user.type(screen.getByLabelText('Layoff date'), '12/09/2025');
    await user.type(screen.getByLabelText('Last paid day'), '01/09/2025');
    await user.click(screen.getByRole('button', { name: 'Start planning' }));

    const box = screen.getByRole('checkbox', { name: CONFIRM });
    expect(box).toHaveFocus();
    expect(box).toHaveAccessibleDescription(WARNING);
    expect(screen.getByText(WARNING).closest('[aria-live]')).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByText(/^Not saved yet: correct the dates/)).toBeInTheDocument();
    expect(storage.current().profile.onboardedAt).toBeNull();

    await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Start planning' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();
    await waitFor(() => expect(storage.current().profile.onboardedAt).not.toBeNull());
    expect(storage.current().profile).toMatchObject({ layoffDate: '2025-09-12', lastPaidDay: '2025-09-01' });
  });

  it('asks nothing when the last paid day is after the layoff date', async () => {
    const user = userEvent.setup();
    const { storage } = await renderApp();
    await user.selectOptions(screen.getByLabelText('Country'), 'FR');
    await user.type(screen.getByLabelText('Layoff date'), '12/09/2025');
    await user.type(screen.getByLabelText('Last paid day'), '30/11/2025');
    expect(screen.queryByRole('checkbox', { name: CONFIRM })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start planning' }));
    await waitFor(() => expect(storage.current().profile.lastPaidDay).toBe('2025-11-30'));
  });
});

describe('profile: a last paid day before the layoff date', () => {
  const onboarded = () => ({
    ...validDocument(),
    preferences: { language: 'en' as const, theme: 'light' as const },
  });

  it('is not saved until confirmed; a changed date asks again; saved after confirming', async () => {
    const user = userEvent.setup();
    const { storage } = await renderApp({ document: onboarded() });
    const before = storage.current().profile;
    await user.click(screen.getByRole('link', { name: 'Profile' }));
    const lastPaid = await screen.findByLabelText('Last paid day');
    await user.clear(lastPaid);
    await user.type(lastPaid, '01/09/2025');
    // Announced as it appears, before any save.
    expect(screen.getByText(WARNING)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    const box = screen.getByRole('checkbox', { name: CONFIRM });
    expect(box).toHaveFocus();
    expect(screen.queryByText('Profile saved.')).not.toBeInTheDocument();
    expect(storage.current().profile).toEqual(before);

    await user.click(box);
    // Another slip: the confirmation was for the other day, so it asks again.
    await user.clear(lastPaid);
    await user.type(lastPaid, '02/09/2025');
    expect(screen.getByRole('checkbox', { name: CONFIRM })).not.toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: CONFIRM }));
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(await screen.findByText('Profile saved.')).toBeInTheDocument();
    await waitFor(() => expect(storage.current().profile.lastPaidDay).toBe('2025-09-02'));
  });
});
