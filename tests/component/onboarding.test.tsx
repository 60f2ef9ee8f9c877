import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

describe('first-run onboarding', () => {
  it('labels every field and starts in the system language', async () => {
    await renderApp({ systemLanguage: 'fr' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Bienvenue dans Passerelle');
    for (const label of [
      'Pays',
      'Date du licenciement',
      'Dernier jour payé',
      'Heures par semaine pour la formation et la recherche d’emploi',
    ]) {
      expect(screen.getByLabelText(label)).toBeInTheDocument();
    }
  });

  it('explains a bad date and bad hours next to the fields, and saves nothing', async () => {
    const user = userEvent.setup();
    const { storage } = await renderApp();
    await user.type(screen.getByLabelText('Layoff date'), '02/30/2025');
    const hours = screen.getByLabelText('Hours per week for retraining and job search');
    await user.clear(hours);
    await user.type(hours, 'lots');
    await user.click(screen.getByRole('button', { name: 'Start planning' }));

    expect(await screen.findByText('Enter a real date as MM/DD/YYYY.')).toBeInTheDocument();
    expect(screen.getByText('Enter a whole number of hours from 0 to 80.')).toBeInTheDocument();
    expect(screen.getByLabelText('Layoff date')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Layoff date')).toHaveAccessibleDescription(/Format: MM\/DD\/YYYY/);
    expect(storage.current().profile.onboardedAt).toBeNull();
  });

  it('switches the whole screen to French as soon as French is picked', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.selectOptions(screen.getByLabelText('Interface language'), 'fr');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Bienvenue dans Passerelle' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Commencer' })).toBeInTheDocument();
  });

  it('records the situation in the store and opens Today', async () => {
    const user = userEvent.setup();
    const { storage } = await renderApp();
    await user.type(screen.getByLabelText('Your name (optional)'), 'Jordan');
    await user.selectOptions(screen.getByLabelText('Country'), 'FR');
    await user.type(screen.getByLabelText('Layoff date'), '12/09/2025');
    await user.type(screen.getByLabelText('Previous monthly pay (EUR, before tax)'), '3 100,50');
    await user.click(screen.getByRole('button', { name: 'Start planning' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();
    expect(screen.getByText('Hello Jordan')).toBeInTheDocument();
    await waitFor(() => expect(storage.current().profile.onboardedAt).not.toBeNull());
    expect(storage.current().profile).toMatchObject({
      name: 'Jordan',
      country: 'FR',
      layoffDate: '2025-09-12',
      previousMonthlyPay: { amountMinor: 310050, currency: 'EUR' },
      hoursPerWeek: 15,
    });
  });
});
