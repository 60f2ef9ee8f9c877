/**
 * Long notes are never cut (issue 12): a paste past the limit stays whole, the counter and the
 * error say by how much, nothing is saved; once shortened, it is saved. Real handlers behind
 * window.api, as in the other component suites.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { APPLICATION_LIMITS } from '../../preload/contract/applications-section';
import type { PlannerDocument } from '../../preload/contract/document';
import { MAX_SUMMARY_TEXT } from '../../preload/contract/summary-section';
import { keepSummaryDraft } from '../../renderer/src/state/summary-draft-store';
import { validDocument } from '../support/fixtures';
import { renderApp } from './render-app';

const CONSTRAINTS_FR = 'Contraintes à signaler';

// An over-long summary text outlives the screen (state/summary-draft-store.ts): each case starts clean.
afterEach(() => keepSummaryDraft({}));

function documentIn(language: 'en' | 'fr'): PlannerDocument {
  const base = validDocument();
  return {
    ...base,
    preferences: { language, theme: 'light' },
    applications: { ...base.applications, applications: [] },
  };
}

/** The ids in a field's aria-describedby, as the texts a screen reader reads with it. */
const descriptionOf = (field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent);

describe('a long note in the application form', () => {
  it('keeps a paste past the limit, says by how much, saves nothing, and saves once shortened', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/applications/new';
    const { storage } = await renderApp({ document: documentIn('en') });
    const max = APPLICATION_LIMITS.notes; // 4,000
    await user.type(await screen.findByLabelText('Organisation'), 'Mercor');
    const notes = screen.getByLabelText('Notes');

    // Well under 80 % of the limit: no counter, nothing announced.
    await user.click(notes);
    await user.paste('x'.repeat(100));
    expect(screen.queryByText(/characters/)).not.toBeInTheDocument();

    await user.clear(notes);
    await user.paste('x'.repeat(max + 312));
    expect((notes as HTMLTextAreaElement).value).toHaveLength(max + 312);
    expect(screen.getByText('4312 / 4000 characters, 312 over the limit')).toBeInTheDocument();
    expect(descriptionOf(notes)).toContain('4312 / 4000 characters, 312 over the limit');
    expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain(
      'Over the limit of 4000 characters: shorten the text to save it.',
    );

    await user.click(screen.getByRole('button', { name: 'Add the application' }));
    expect(await screen.findByText('312 characters too long; the limit is 4000.')).toBeInTheDocument();
    expect(notes).toHaveAttribute('aria-invalid', 'true');
    expect((notes as HTMLTextAreaElement).value).toHaveLength(max + 312);
    expect(storage.current().applications.applications).toEqual([]);

    await user.clear(notes);
    await user.paste('x'.repeat(max));
    expect(screen.getByText('4000 / 4000 characters')).toBeInTheDocument();
    expect(screen.queryByText(/too long/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add the application' }));
    await waitFor(() => expect(storage.current().applications.applications).toHaveLength(1));
    expect(storage.current().applications.applications[0]!.notes).toBe('x'.repeat(max));
  });
});

describe('the counsellor summary’s remarks, in French', () => {
  it('no longer cut a paste at the limit: the text stays, unsaved, with the error in French', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/export';
    const { storage } = await renderApp({ document: documentIn('fr') });
    const note = await screen.findByLabelText('Remarques pour votre conseiller');
    const savedBefore = storage.current().summary.note;

    await user.clear(note);
    await user.paste('x'.repeat(MAX_SUMMARY_TEXT + 1));
    fireEvent.blur(note);
    expect((note as HTMLTextAreaElement).value).toBe('x'.repeat(MAX_SUMMARY_TEXT + 1));
    // Read with the field: the counter, then the error (a narrow no-break space before ';').
    expect(descriptionOf(note)).toEqual([
      '4001 / 4000 caractères, 1 de trop',
      '1 caractère de trop\u202f; la limite est de 4000.',
    ]);
    // Past the debounce, and after leaving the field: still what was saved before.
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(storage.current().summary.note).toBe(savedBefore);

    await user.type(note, '{Backspace}');
    fireEvent.blur(note);
    await waitFor(() => expect(storage.current().summary.note).toBe('x'.repeat(MAX_SUMMARY_TEXT)));
    expect(screen.queryByText(/de trop/)).not.toBeInTheDocument();
  });

  it('keeps an over-long remark when the screen closes, and still saves the other text', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/export';
    const { storage } = await renderApp({ document: documentIn('fr') });
    const tooLong = 'y'.repeat(MAX_SUMMARY_TEXT + 5);
    const note = await screen.findByLabelText('Remarques pour votre conseiller');
    await user.clear(note);
    await user.paste(tooLong);
    const constraints = screen.getByLabelText(CONSTRAINTS_FR);
    await user.clear(constraints);
    await user.type(constraints, 'Pas le mercredi');
    fireEvent.blur(constraints);
    await waitFor(() => expect(storage.current().summary.constraints).toBe('Pas le mercredi'));
    expect(storage.current().summary.note).not.toBe(tooLong);

    await user.click(screen.getByRole('link', { name: 'Budget' }));
    await user.click(screen.getByRole('link', { name: 'Export' }));
    const kept = await screen.findByLabelText('Remarques pour votre conseiller');
    expect(kept).toHaveValue(tooLong);
    expect(descriptionOf(kept)).toEqual([
      '4005 / 4000 caractères, 5 de trop',
      '5 caractères de trop\u202f; la limite est de 4000.',
    ]);
  });
});
