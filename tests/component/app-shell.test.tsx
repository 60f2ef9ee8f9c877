import { readFileSync } from 'node:fs';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';
import { fixtureBytes, validDocument } from '../support/fixtures';

const onboarded = () => ({
  ...validDocument(),
  preferences: { language: 'en' as const, theme: 'light' as const },
});

describe('the app shell', () => {
  it('offers every section in the navigation and marks the current one', async () => {
    await renderApp({ document: onboarded() });
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    const links = within(nav)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(links).toEqual([
      'Today',
      'Profile',
      'Skills & domains',
      'Path',
      'Applications',
      'Budget',
      'Gig work',
      'Claimant duties',
      'Export',
      'About & help',
    ]);
    expect(within(nav).getByRole('link', { name: 'Today' })).toHaveAttribute('aria-current', 'page');
  });

  it('opens Export from the navigation, with its heading focused', async () => {
    const user = userEvent.setup();
    await renderApp({ document: onboarded() });
    await user.click(screen.getByRole('link', { name: 'Export' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Export' });
    // Focus moves once the new section has painted (no layout forced inside the click).
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByRole('link', { name: 'Counsellor summary' })).toHaveAttribute('aria-current', 'page');
    expect(window.location.hash).toBe('#/export');
  });

  it('shows Today from the saved profile', async () => {
    await renderApp({ document: onboarded() });
    expect(screen.getByText('Hello Amina Diallo')).toBeInTheDocument();
    expect(screen.getByText(/^\d+ days since your layoff \(12 September 2025\)\.$/)).toBeInTheDocument();
    expect(screen.getByText('Last paid day: 30 November 2025.')).toBeInTheDocument();
    expect(screen.getByText('You have set aside 20 hours a week.')).toBeInTheDocument();
  });

  it('switches theme and language at once, and remembers both', async () => {
    const user = userEvent.setup();
    const { storage } = await renderApp({ document: onboarded() });
    await user.selectOptions(screen.getByLabelText('Theme'), 'dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    await user.selectOptions(screen.getByLabelText('Language'), 'fr');
    expect(await screen.findByRole('navigation', { name: 'Rubriques' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fr');
    expect(storage.current().preferences).toEqual({ language: 'fr', theme: 'dark' });
  });

  it('tells the user their file was recovered and where the untouched copy is', async () => {
    const user = userEvent.setup();
    await renderApp({ dataFileBytes: fixtureBytes('damaged/truncated.json') });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('We recovered your data');
    expect(alert).toHaveTextContent('cut short');
    expect(alert).toHaveTextContent('No usable backup was found');
    const copy = within(alert).getByText(/quarantine/);
    expect(readFileSync(copy.textContent ?? '')).toEqual(fixtureBytes('damaged/truncated.json'));
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the save status as it changes', async () => {
    const user = userEvent.setup();
    await renderApp({ document: onboarded() });
    await user.selectOptions(screen.getByLabelText('Theme'), 'dark');
    expect(await screen.findByText(/^Saved at /)).toHaveAttribute('role', 'status');
    await act(() => Promise.resolve());
  });
});

describe('the profile section', () => {
  it('edits the situation later, with the same checks', async () => {
    const user = userEvent.setup();
    const { storage } = await renderApp({ document: onboarded() });
    await user.click(screen.getByRole('link', { name: 'Profile' }));
    const hours = await screen.findByLabelText('Hours per week for retraining and job search');
    expect(hours).toHaveValue('20');
    // A French-region profile in English shows days the British way.
    expect(screen.getByLabelText('Layoff date')).toHaveValue('12/09/2025');
    await user.clear(hours);
    await user.type(hours, '12');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(await screen.findByText('Profile saved.')).toBeInTheDocument();
    expect(storage.current().profile.hoursPerWeek).toBe(12);
    expect(storage.current().profile.onboardedAt).toBe(validDocument().profile.onboardedAt);
  });
});
