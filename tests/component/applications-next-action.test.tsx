import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { format, parseISO, subDays } from 'date-fns';
import { describe, expect, it } from 'vitest';
import type { Application } from '../../preload/contract/applications-section';
import type { PlannerDocument } from '../../preload/contract/document';
import { validDocument } from '../support/fixtures';
import { application } from '../support/applications';
import { fixedClockToday } from '../support/fixed-clock';
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

// Relative to the suite's today (npm run test:calendar moves it): sent six days ago, its
// follow-up was due four days ago.
const today = fixedClockToday();
const daysAgo = (days: number) => format(subDays(parseISO(today), days), 'yyyy-MM-dd');
const shown = (iso: string) => format(parseISO(iso), 'dd/MM/yyyy');
const sent = daysAgo(6);
const due = daysAgo(4);
const late = application('mercor', {
  stageId: 'applied',
  appliedOn: sent,
  history: [{ stageId: 'applied', on: sent, note: '' }],
  nextAction: 'Send the follow-up e-mail',
  nextActionDue: due,
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
      `Screening / assessment on ${shown(today)} — Next action it had: Send the follow-up e-mail (due ${shown(due)})`,
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
        { stageId: 'applied', on: sent, note: '' },
        {
          stageId: 'interview',
          on: today,
          note: `Call booked — Next action it had: Send the follow-up e-mail (due ${shown(due)})`,
        },
      ],
    });
  });

  it('is cleared by a move even after the user saved a new one in the detail', async () => {
    const user = userEvent.setup();
    const { storage } = await open('#/applications/mercor', [late]);
    await user.clear(screen.getByLabelText('Next action'));
    await user.type(screen.getByLabelText('Next action'), 'Call Anna');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(storage.current().applications.applications[0]?.nextAction).toBe('Call Anna'));

    await user.selectOptions(screen.getByLabelText('Move to'), 'interview');
    await user.click(screen.getByRole('button', { name: 'Move' }));
    expect(await screen.findByRole('heading', { name: 'Stage: Interview' })).toBeInTheDocument();
    expect(screen.getByLabelText('Next action')).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(storage.current().applications.applications[0]?.stageId).toBe('interview'));
    expect(storage.current().applications.applications[0]).toMatchObject({
      nextAction: '',
      nextActionDue: null,
    });
  });
});
