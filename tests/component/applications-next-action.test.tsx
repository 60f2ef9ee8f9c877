import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Application } from '../../preload/contract/applications-section';
import type { PlannerDocument } from '../../preload/contract/document';
import { validDocument } from '../support/fixtures';
import { application } from '../support/applications';
import { renderApp } from './render-app';

function documentWith(applications: Application[]): PlannerDocument {
  const base = validDocument();
  return {
    ...base,
    preferences: { language: 'en', theme: 'light' },
    applications: { ...base.applications, applications },
  };
}

async function open(hash: string, applications: Application[]) {
  window.location.hash = hash;
  return renderApp({ document: documentWith(applications) });
}

// Sent on 12 Nov; its follow-up was due on 14 Nov, four days before the suite's today (18 Nov).
const late = application('mercor', {
  stageId: 'applied',
  appliedOn: '2026-11-12',
  history: [{ stageId: 'applied', on: '2026-11-12', note: '' }],
  nextAction: 'Send the follow-up e-mail',
  nextActionDue: '2026-11-14',
});

// Today's cards are computed after the heading is painted.
const todayCard = async () =>
  within(await screen.findByRole('region', { name: 'Applications to see to' }, { timeout: 5000 }));

describe('a moved application’s old next action', () => {
  it('leaves Today’s overdue list once the card is moved on the board, and the history keeps it', async () => {
    const user = userEvent.setup();
    const { storage } = await open('#/', [late]);
    const before = (await todayCard()).getByRole('link', { name: /Send the follow-up e-mail/ });
    expect(before.closest('li')).toHaveTextContent(/^Overdue/);

    await user.click(screen.getByRole('link', { name: 'Applications' }));
    await user.click(await screen.findByRole('button', { name: 'Move Mercor to Screening / assessment' }));
    await waitFor(() => expect(storage.current().applications.applications[0]?.stageId).toBe('screening'));
    expect(storage.current().applications.applications[0]).toMatchObject({
      nextAction: '',
      nextActionDue: null,
    });

    await user.click(screen.getByRole('link', { name: 'Today' }));
    const after = await todayCard();
    expect(after.queryByText(/Send the follow-up e-mail/)).toBeNull();
    expect(after.getByText('Nothing overdue and no deadline in the next 7 days.')).toBeVisible();

    window.location.hash = '#/applications/mercor';
    const history = await screen.findByRole('region', { name: 'History' });
    expect(within(history).getAllByRole('listitem')[0]).toHaveTextContent(
      'Screening / assessment on 18/11/2026 — Next action it had: Send the follow-up e-mail (due 14/11/2026)',
    );
  });

  it('is cleared from the detail’s fields by a move there, so saving them does not bring it back', async () => {
    const user = userEvent.setup();
    const { storage } = await open('#/applications/mercor', [late]);
    expect(screen.getByLabelText('Next action')).toHaveValue('Send the follow-up e-mail');
    // An edit not saved yet survives the move: only the next action's fields are cleared.
    await user.type(screen.getByLabelText('Role'), ' (senior)');
    await user.selectOptions(screen.getByLabelText('Move to'), 'interview');
    await user.type(screen.getByLabelText('Note (optional)'), 'Call booked');
    await user.click(screen.getByRole('button', { name: 'Move' }));
    expect(await screen.findByRole('heading', { name: 'Stage: Interview' })).toBeInTheDocument();
    expect(screen.getByLabelText('Next action')).toHaveValue('');
    expect(screen.getByLabelText('Role')).toHaveValue('Clinical reviewer (senior)');

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(storage.current().applications.applications[0]?.role).toBe('Clinical reviewer (senior)'),
    );
    expect(storage.current().applications.applications[0]).toMatchObject({
      nextAction: '',
      nextActionDue: null,
      history: [
        { stageId: 'applied', on: '2026-11-12', note: '' },
        {
          stageId: 'interview',
          on: '2026-11-18',
          note: 'Call booked — Next action it had: Send the follow-up e-mail (due 14/11/2026)',
        },
      ],
    });
  });
});
