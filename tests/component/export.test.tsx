import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BACKUP_LIMIT_BYTES } from '../../preload/contract/backup-limits';
import { validDocument } from '../support/fixtures';
import { renderApp } from './render-app';

async function open(hash: string) {
  window.location.hash = hash;
  const base = validDocument();
  return renderApp({
    document: {
      ...base,
      preferences: { language: 'en', theme: 'light' },
      summary: { ...base.summary, language: null },
    },
  });
}

const previewHtml = () => document.querySelector('iframe')?.getAttribute('srcdoc') ?? '';

describe('the Export screen', () => {
  it('takes a switched-off part out of the preview at once, and keeps the choice', async () => {
    const user = userEvent.setup();
    const { storage } = await open('#/export');
    await waitFor(() => expect(previewHtml()).toContain('<h2>Remarks</h2>'));
    await user.click(screen.getByRole('checkbox', { name: 'Your remarks' }));
    await waitFor(() => expect(previewHtml()).not.toContain('<h2>Remarks</h2>'));
    await waitFor(() => expect(storage.current().summary.include).not.toContain('note'));
  });

  it('creates the preview frame once the summary exists: never an empty page swapped for it', async () => {
    // An empty sandboxed frame whose document is then replaced could stay blank under load.
    const framesAtBirth: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const added of records.flatMap((record) => [...record.addedNodes])) {
        if (!(added instanceof Element)) continue;
        const frames = added.matches('iframe') ? [added] : [...added.querySelectorAll('iframe')];
        for (const frame of frames) framesAtBirth.push(frame.getAttribute('srcdoc') ?? '');
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    await open('#/export');
    await waitFor(() => expect(previewHtml()).toContain('<h2>Remarks</h2>'));
    observer.disconnect();
    expect(framesAtBirth).toHaveLength(1);
    expect(framesAtBirth[0]).toContain('<h2>Remarks</h2>');
    expect(screen.getByRole('region', { name: 'Preview' })).toHaveAttribute('aria-busy', 'false');
  });

  it('words the preview in French from an English interface once French is chosen for the export', async () => {
    const user = userEvent.setup();
    await open('#/export');
    await waitFor(() => expect(previewHtml()).toContain('<h2>Remarks</h2>'));
    // Only English was loaded at start-up; French arrives when the export asks for it.
    await user.click(screen.getByRole('radio', { name: 'Français' }));
    await waitFor(() => expect(previewHtml()).toContain('<h2>Remarques</h2>'));
    expect(screen.getByRole('heading', { level: 1, name: 'Export' })).toBeInTheDocument();
  });

  it('saves the remarks after a pause in typing, and the preview escapes them', async () => {
    const user = userEvent.setup();
    const { storage } = await open('#/export');
    const note = screen.getByRole('textbox', { name: 'Remarks for your counsellor' });
    await user.clear(note);
    await user.type(note, '<b>Meeting</b> on Tuesday');
    await waitFor(() => expect(previewHtml()).toContain('&lt;b&gt;Meeting&lt;/b&gt; on Tuesday'));
    await waitFor(() => expect(storage.current().summary.note).toBe('<b>Meeting</b> on Tuesday'), {
      timeout: 2000,
    });
  });

  it('refuses a file too large to be a backup before reading it, and changes nothing', async () => {
    const user = userEvent.setup();
    const { storage } = await open('#/export/backup');
    const before = storage.current();
    const huge = new File([new Uint8Array(BACKUP_LIMIT_BYTES + 1)], 'huge.json', {
      type: 'application/json',
    });
    const input = document.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement;
    await user.upload(input, huge);
    expect(
      await screen.findByText(/This file is 21 MB; a Passerelle backup is at most 20 MB\./),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Replace my data with this backup' })).toBeNull();
    expect(storage.current()).toBe(before);
  });
});
