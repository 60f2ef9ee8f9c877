import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';
import { validDocument } from '../support/fixtures';

const onboarded = () => ({
  ...validDocument(),
  preferences: { language: 'en' as const, theme: 'light' as const },
});

// jsdom has no layout: the button and the panel are both in the page, as under 1,000 px,
// and what is tested is the disclosure's state (layout.spec.ts checks what is seen).
describe('the narrow window menu', () => {
  it('is a disclosure button for the navigation panel, naming the current section', async () => {
    await renderApp({ document: onboarded() });
    const button = screen.getByRole('button', { name: 'Menu current section: Today' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(panel).not.toBeNull();
    expect(within(panel as HTMLElement).getByRole('navigation', { name: 'Sections' })).toBeInTheDocument();
    expect(panel).toHaveAttribute('data-open', 'false');
  });

  it('opens, closes with Escape back onto the button, and closes after a choice', async () => {
    const user = userEvent.setup();
    await renderApp({ document: onboarded() });
    const button = screen.getByRole('button', { name: /^Menu/ });
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.tab();
    expect(screen.getByRole('link', { name: 'Today' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();

    await user.click(button);
    await user.click(screen.getByRole('link', { name: 'Path' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Path' })).toBeInTheDocument();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveAccessibleName('Menu current section: Path');
  });

  it('in French, says so in French', async () => {
    await renderApp({ document: { ...onboarded(), preferences: { language: 'fr', theme: 'light' } } });
    expect(
      screen.getByRole('button', { name: 'Menu rubrique actuelle\u202f: Aujourd’hui' }),
    ).toBeInTheDocument();
  });
});
