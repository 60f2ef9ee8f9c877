import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { format, parseISO, subDays } from 'date-fns';
import { fixedClockToday } from '../support/fixed-clock';
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

async function open(hash: string, applications: Application[] = []) {
  window.location.hash = hash;
  return renderApp({ document: documentWith(applications) });
}

/** A day `days` before the suite's fixed today (see tests/support/fixed-clock.ts). */
const recent = (days: number) => format(subDays(parseISO(fixedClockToday()), days), 'yyyy-MM-dd');

describe('adding an application', () => {
  it('explains every bad field, saves nothing, then saves pay in cents and the applied history', async () => {
    const user = userEvent.setup();
    const { storage } = await open('#/applications/new');
    await user.type(screen.getByLabelText('Organisation'), 'Mercor');
    await user.type(screen.getByLabelText('Link to the posting'), 'mercor.com/jobs');
    await user.type(screen.getByLabelText('Amount (or lowest)'), '60');
    await user.type(screen.getByLabelText('Highest (for a range)'), '45');
    await user.type(screen.getByLabelText('Likelihood (%)'), '140');
    await user.click(screen.getByRole('button', { name: 'Add a contact' }));
    await user.type(screen.getByLabelText('E-mail'), 'not-an-address');
    await user.click(screen.getByRole('button', { name: 'Add the application' }));
    expect(
      await screen.findByText('Enter a web address starting with http:// or https://.'),
    ).toBeInTheDocument();
    expect(screen.getByText('The highest amount cannot be below the lowest.')).toBeInTheDocument();
    expect(screen.getByText('Enter a whole number from 0 to 100.')).toBeInTheDocument();
    expect(screen.getByText('Enter an e-mail address such as name@example.org.')).toBeInTheDocument();
    expect(screen.getByText('This field is required.')).toBeInTheDocument(); // the contact's name
    expect(storage.current().applications.applications).toEqual([]);

    await user.clear(screen.getByLabelText('Link to the posting'));
    await user.type(screen.getByLabelText('Link to the posting'), 'https://mercor.com/jobs/1');
    await user.clear(screen.getByLabelText('Highest (for a range)'));
    await user.type(screen.getByLabelText('Highest (for a range)'), '75.50');
    await user.clear(screen.getByLabelText('Likelihood (%)'));
    await user.click(screen.getByRole('button', { name: 'Remove contact 1' }));
    await user.type(screen.getByLabelText('Applied on'), '2026-11-02');
    await user.click(screen.getByRole('button', { name: 'Add the application' }));
    await waitFor(() => expect(storage.current().applications.applications).toHaveLength(1));
    expect(storage.current().applications.applications[0]).toMatchObject({
      id: 'mercor',
      organisation: 'Mercor',
      link: 'https://mercor.com/jobs/1',
      pay: { minMinor: 6000, maxMinor: 7550, unit: 'hour', currency: 'EUR' },
      stageId: 'applied',
      appliedOn: '2026-11-02',
      history: [{ stageId: 'applied', on: '2026-11-02', note: '' }],
    });
  });

  it('warns, while the name is typed, when that organisation ghosted the user recently', async () => {
    const user = userEvent.setup();
    const ghosted = application('old', {
      organisation: 'Outlier (Scale AI)',
      stageId: 'ghosted',
      history: [{ stageId: 'ghosted', on: recent(30), note: '' }],
    });
    await open('#/applications/new', [ghosted]);
    await user.type(screen.getByLabelText('Organisation'), 'outlier (scale ai)');
    expect(
      await screen.findByText(/You applied to Outlier \(Scale AI\) before: Ghosted on/),
    ).toBeInTheDocument();
  });
});

describe('an application’s detail', () => {
  it('moves to a stage on a chosen day with a note, keeping the earlier history', async () => {
    const user = userEvent.setup();
    const sent = application('mercor', {
      stageId: 'applied',
      appliedOn: '2026-10-01',
      history: [{ stageId: 'applied', on: '2026-10-01', note: '' }],
    });
    const { storage } = await open('#/applications/mercor', [sent]);
    await user.selectOptions(screen.getByLabelText('Move to'), 'interview');
    const on = screen.getByLabelText('On');
    await user.clear(on);
    await user.type(on, '12/10/2026');
    await user.type(screen.getByLabelText('Note (optional)'), 'Video call with the clinical lead');
    await user.click(screen.getByRole('button', { name: 'Move' }));
    expect(await screen.findByRole('heading', { name: 'Stage: Interview' })).toBeInTheDocument();
    expect(storage.current().applications.applications[0]?.history).toEqual([
      { stageId: 'applied', on: '2026-10-01', note: '' },
      { stageId: 'interview', on: '2026-10-12', note: 'Video call with the clinical lead' },
    ]);
  });

  it('asks before deleting, and keeping it changes nothing', async () => {
    const user = userEvent.setup();
    const { storage } = await open('#/applications/mercor', [application('mercor')]);
    await user.click(screen.getByRole('button', { name: 'Delete this application' }));
    expect(screen.getByText('Delete Mercor and its history? This cannot be undone.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Keep it' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(storage.current().applications.applications).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Delete this application' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete' }));
    await waitFor(() => expect(storage.current().applications.applications).toEqual([]));
  });
});

describe('stages and import', () => {
  it('renames a stage and archives another: cards move, history keeps the archived name', async () => {
    const user = userEvent.setup();
    const screening = application('turing', {
      organisation: 'Turing',
      stageId: 'screening',
      history: [{ stageId: 'screening', on: '2026-10-01', note: '' }],
    });
    const { storage } = await open('#/applications/settings', [screening]);
    const name = screen.getByLabelText('Name of Interview');
    await user.clear(name);
    await user.type(name, 'Call with the team');
    await user.tab();
    await waitFor(() =>
      expect(storage.current().applications.stages.find((s) => s.id === 'interview')?.name).toBe(
        'Call with the team',
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Archive Screening / assessment' }));
    expect(
      await screen.findByRole('button', { name: 'Bring back Screening / assessment' }),
    ).toBeInTheDocument();
    const saved = storage.current().applications.applications[0];
    expect(saved?.stageId).toBe('saved');
    expect(saved?.history.map((entry) => entry.stageId)).toEqual(['screening', 'saved']);
  });

  it('previews a CSV import with per-row problems and writes nothing until confirmed', async () => {
    const user = userEvent.setup();
    const { storage } = await open('#/applications/files', [application('mercor')]);
    const csv = 'organisation,role,stage\r\nTuring,Python tutor,interview\r\nScale AI,,nowhere\r\n';
    const input = document.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File([csv], 'tracker.csv', { type: 'text/csv' }));
    expect(await screen.findByText('In tracker.csv: 1 new, 0 to update, 1 refused.')).toBeInTheDocument();
    expect(screen.getByText('Row 3 (Scale AI): stage names no stage')).toBeInTheDocument();
    expect(storage.current().applications.applications.map((a) => a.id)).toEqual(['mercor']);
    await user.click(screen.getByRole('button', { name: 'Import 1 application' }));
    expect(await screen.findByText('1 application imported.')).toBeInTheDocument();
    expect(storage.current().applications.applications.map((a) => [a.id, a.stageId])).toEqual([
      ['mercor', 'saved'],
      ['turing', 'interview'],
    ]);
  });
});

describe('importing a CSV that is not clean', () => {
  const upload = async (user: ReturnType<typeof userEvent.setup>, file: File) => {
    const input = document.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement;
    await user.upload(input, file);
  };

  it('shows an unclosed quote as a refused row, and a Windows-1252 file as such', async () => {
    const user = userEvent.setup();
    const { storage } = await open('#/applications/files', []);
    // "Société" with é as the byte 0xE9 (Windows-1252); row 3 opens a quote it never closes.
    const latin1 = new TextEncoder().encode(
      'organisation,role\r\nSoci_t_,Tutor\r\nMercor,"Reviewer\r\nScale,Writer\r\n',
    );
    const bytes = latin1.map((byte) => (byte === 0x5f ? 0xe9 : byte));
    await upload(user, new File([bytes], 'old-excel.csv', { type: 'text/csv' }));
    expect(await screen.findByText('In old-excel.csv: 1 new, 0 to update, 1 refused.')).toBeInTheDocument();
    expect(screen.getByText(/it was read as Windows-1252/)).toBeInTheDocument();
    expect(screen.getByText(/Société/)).toBeInTheDocument();
    expect(
      screen.getByText(
        'Row 3 (Mercor): a quote opens a cell and is never closed, so everything after it in the file was read into this row',
      ),
    ).toBeInTheDocument();
    expect(storage.current().applications.applications).toEqual([]);
  });

  it('refuses a file over 10 MB before reading it, and a binary file, with no preview', async () => {
    const user = userEvent.setup();
    await open('#/applications/files', []);
    const huge = new File(['organisation\r\n'], 'huge.csv', { type: 'text/csv' });
    Object.defineProperty(huge, 'size', { value: 10 * 1024 * 1024 + 1 });
    await upload(user, huge);
    expect(await screen.findByRole('alert')).toHaveTextContent('This file is larger than 10 MB');
    await upload(user, new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0])], 'book.csv'));
    expect(await screen.findByText(/This is not a text file/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Import \d+ applications$/ })).not.toBeInTheDocument();
  });
});

describe('Today', () => {
  it('suggests Ghosted after three silent weeks and moves the application in one press', async () => {
    const user = userEvent.setup();
    const quiet = application('quiet', {
      organisation: 'DataAnnotation',
      stageId: 'applied',
      appliedOn: recent(25),
      history: [{ stageId: 'applied', on: recent(25), note: '' }],
    });
    const { storage } = await open('#/', [quiet]);
    // Today's cards are computed after the heading is painted.
    const card = within(await screen.findByRole('region', { name: 'Applications to see to' }));
    await user.click(card.getByRole('button', { name: 'Move DataAnnotation to Ghosted' }));
    await waitFor(() => expect(storage.current().applications.applications[0]?.stageId).toBe('ghosted'));
    expect(await card.findByText('Nothing overdue and no deadline in the next 7 days.')).toBeInTheDocument();
  });
});
