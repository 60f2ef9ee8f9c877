import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../preload/contract/document';
import { validDocument } from '../support/fixtures';
import { renderApp } from './render-app';

const englishDocument = () => ({
  ...validDocument(),
  preferences: { language: 'en' as const, theme: 'light' as const },
});

describe('About & help', () => {
  it('shows where the data and the log live, and copies the diagnostics', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    window.location.hash = '#/about';
    const { paths } = await renderApp({ document: englishDocument() });
    const facts = within(await screen.findByRole('region', { name: 'This copy of Passerelle' }));
    expect(facts.getByText(paths.directory)).toBeInTheDocument();
    expect(facts.getByText(join(paths.directory, 'logs'))).toBeInTheDocument();
    expect(facts.getByText(String(CURRENT_SCHEMA_VERSION))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy diagnostics' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining(`Your data folder: ${paths.directory}`));
    expect(await screen.findByText('Copied. Paste them into your message.')).toBeInTheDocument();
  });

  it('where the clipboard is refused, leaves the text selected and says how to copy it', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.reject(new Error('denied')));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    window.location.hash = '#/about';
    await renderApp({ document: englishDocument() });
    await user.click(await screen.findByRole('button', { name: 'Copy diagnostics' }));
    expect(await screen.findByText(/Copying was refused here/)).toBeInTheDocument();
    const text = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Diagnostics to copy' });
    expect(text.selectionEnd - text.selectionStart).toBe(text.value.length);
  });
});

describe('a screen that crashes', () => {
  it('shows what happened and a reload, keeps the navigation, and writes the failure to the log', async () => {
    window.location.hash = '#/about';
    const reportError = vi.fn();
    const { storage } = await renderApp({ document: englishDocument() });
    const api = window.api;
    // The About screen's facts arrive broken: reading them throws while the screen renders.
    const broken = {
      get version(): string {
        throw new TypeError('the facts are unreadable');
      },
    };
    window.api = {
      ...api,
      getAppInfo: () => Promise.resolve({ ok: true, value: broken as never }),
      reportError: (error) => (reportError(error), api.reportError(error)),
    };
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    window.location.hash = '#/';
    await screen.findByRole('heading', { level: 1, name: 'Today' });
    window.location.hash = '#/about';
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This screen ran into a problem');
    expect(alert).toHaveTextContent('TypeError: the facts are unreadable');
    expect(within(alert).getByRole('button', { name: 'Reload Passerelle' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Sections' })).toBeInTheDocument();
    await waitFor(() =>
      expect(reportError).toHaveBeenCalledWith({
        where: 'about',
        message: 'TypeError: the facts are unreadable',
      }),
    );
    expect(storage.current().profile).toEqual(validDocument().profile);
  });
});
