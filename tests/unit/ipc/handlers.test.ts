import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PrintPdf } from '../../../main/services/export/pdf-layout';
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { INVOKE_CHANNELS } from '../../../preload/contract/channels';
import { createInvokeHandlers } from '../../../main/ipc/handlers';
import { sha256 } from '../../support/fixtures';
import { exportServicesFor } from '../../support/export-services';
import { createFileSaver } from '../../../main/services/files/file-saver';
import { createRestoreService } from '../../../main/services/backup/restore-service';
import { nodeStorage } from '../../support/storage';
import { useTempDirectories } from '../../support/temp-dir';

const tempDirectory = useTempDirectories();

function setUp(overrides: { printPdf?: PrintPdf } = {}) {
  const storage = nodeStorage(tempDirectory());
  const loaded = storage.load();
  // Write once so there is a file whose hash can be watched.
  storage.replaceSection({ section: 'profile', value: { ...loaded.document.profile, name: 'Before' } });
  storage.flush();
  const openExternal = vi.fn(() => Promise.resolve());
  const now = () => new Date('2026-11-21T10:00:00Z');
  const logged: [string, unknown][] = [];
  const exports = exportServicesFor(storage.paths.directory);
  const handlers = createInvokeHandlers({
    storage,
    loaded,
    openExternal,
    appInfo: {
      version: '0.1.0',
      runtime: 'browser-preview',
      platform: 'linux',
      systemLanguage: 'en',
      dataDirectory: storage.paths.directory,
      logDirectory: `${storage.paths.directory}/logs`,
      schemaVersion: 7,
    },
    saveFile: createFileSaver({
      chooseTarget: exports.chooseSaveTarget,
      folderMemory: { read: () => null, write: () => undefined },
      defaultFolder: exports.defaultSaveFolder,
    }),
    printPdf: overrides.printPdf ?? exports.printPdf,
    backups: createRestoreService({ storage, appVersion: '0.1.0', now }),
    now,
    log: { error: (event: string, error?: unknown) => logged.push([event, error]) },
  });
  const fileHash = () => sha256(readFileSync(storage.paths.dataFile));
  return { storage, handlers, openExternal, fileHash, logged };
}

describe('IPC handlers', () => {
  it('answer arbitrary payloads on the writing channel with a typed error and leave the file alone', async () => {
    const { handlers, storage, fileHash } = setUp();
    const before = fileHash();
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (payload) => {
        const result = await handlers['document:save-section'](payload);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.code).toBe('invalid-request');
      }),
      { numRuns: 300 },
    );
    storage.flush();
    expect(fileHash()).toBe(before);
  });

  it('answer look-alike section updates with field-level issues', async () => {
    const { handlers, storage } = setUp();
    const sneaky = {
      section: 'profile',
      value: { ...storage.current().profile, hoursPerWeek: -3, extra: 'x' },
    };
    const result = await handlers['document:save-section'](sneaky);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues?.length).toBeGreaterThan(0);
  });

  it('refuse an argument on channels that take none, and anything but a string as a link', async () => {
    const { handlers, fileHash } = setUp();
    const before = fileHash();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...INVOKE_CHANNELS),
        fc.anything().filter((value) => value !== undefined && typeof value !== 'string'),
        async (channel, payload) => {
          const result = await handlers[channel](payload);
          expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
        },
      ),
    );
    expect(fileHash()).toBe(before);
  });

  it('save a valid section and load it back', async () => {
    const { handlers, storage } = setUp();
    const value = { ...storage.current().profile, name: 'After' };
    expect(await handlers['document:save-section']({ section: 'profile', value })).toMatchObject({
      ok: true,
    });
    const loaded = await handlers['document:load'](undefined);
    expect(loaded.ok && loaded.value.document.profile.name).toBe('After');
  });

  it('give the first frame the saved language, theme and onboarding state, as they are now', async () => {
    const { handlers, storage } = setUp();
    // A fresh folder: not onboarded, so the page skips the first frame and opens onboarding.
    expect(await handlers['document:first-frame'](undefined)).toEqual({
      ok: true,
      value: { onboarded: false, language: 'en', theme: 'system' },
    });
    const { profile, preferences } = storage.current();
    storage.replaceSection({
      section: 'profile',
      value: { ...profile, onboardedAt: '2026-11-20T09:00:00.000Z' },
    });
    storage.replaceSection({
      section: 'preferences',
      value: { ...preferences, language: 'fr', theme: 'dark' },
    });
    expect(await handlers['document:first-frame'](undefined)).toEqual({
      ok: true,
      value: { onboarded: true, language: 'fr', theme: 'dark' },
    });
    expect(await handlers['document:first-frame']({ language: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });

  it('open only allow-listed links, and tell the renderer when a link was refused', async () => {
    const { handlers, openExternal } = setUp();
    expect(await handlers['shell:open-external']('https://www.francetravail.fr/candidat')).toEqual({
      ok: true,
      value: { opened: true },
    });
    expect(await handlers['shell:open-external']('file:///etc/passwd')).toMatchObject({
      ok: false,
      error: { code: 'link-not-allowed' },
    });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('save export files under their suggested names, and refuse names that point elsewhere', async () => {
    const { handlers, storage } = setUp();
    const saved = await handlers['files:save-text']({
      kind: 'markdown',
      fileName: 'passerelle-summary-2026-11-21.md',
      content: '# Plan',
    });
    expect(saved).toEqual({
      ok: true,
      value: { path: join(storage.paths.exportsDirectory, 'passerelle-summary-2026-11-21.md') },
    });
    for (const fileName of ['../passerelle-data.json', 'a/b.md', 'C:\\x.md', '.bashrc', '', 'x\u0000.md']) {
      expect(await handlers['files:save-text']({ kind: 'markdown', fileName, content: 'x' })).toMatchObject({
        ok: false,
        error: { code: 'invalid-request' },
      });
    }
    expect(
      await handlers['files:save-text']({
        kind: 'markdown',
        fileName: 'passerelle-data.json',
        content: '{}',
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(readdirSync(storage.paths.exportsDirectory)).toEqual(['passerelle-summary-2026-11-21.md']);
  });

  it('save a dated backup that the restore channel accepts', async () => {
    const { handlers, storage } = setUp();
    const saved = await handlers['backup:save'](undefined);
    expect(saved).toEqual({
      ok: true,
      value: { path: join(storage.paths.exportsDirectory, 'passerelle-backup-2026-11-21.json') },
    });
    const text = readFileSync(
      join(storage.paths.exportsDirectory, 'passerelle-backup-2026-11-21.json'),
      'utf8',
    );
    expect(await handlers['backup:inspect'](text)).toMatchObject({
      ok: true,
      value: { incoming: { name: 'Before' } },
    });
  });

  it('report a printer failure as a PDF error and write no file', async () => {
    const { handlers, storage } = setUp({ printPdf: () => Promise.reject(new Error('renderer crashed')) });
    expect(
      await handlers['files:save-pdf']({ fileName: 'plan.pdf', html: '<p>x</p>', paper: 'A4' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'pdf-failed', message: 'renderer crashed' },
    });
    expect(existsSync(join(storage.paths.exportsDirectory, 'plan.pdf'))).toBe(false);
  });

  it('writes a page failure to the log, and refuses an oversized or malformed report', async () => {
    const { handlers, logged } = setUp();
    expect(
      await handlers['app:report-error']({ where: 'budget', message: 'TypeError: x is undefined' }),
    ).toEqual({
      ok: true,
      value: null,
    });
    expect(logged).toEqual([['page-error budget', 'TypeError: x is undefined']]);
    expect((await handlers['app:report-error']({ where: 'budget', message: 'x'.repeat(1001) })).ok).toBe(
      false,
    );
    expect((await handlers['app:report-error']({ where: 'budget' })).ok).toBe(false);
    expect(logged).toHaveLength(1);
  });

  it('logs a handler that throws, and answers with a typed error', async () => {
    const { handlers, logged, openExternal } = setUp();
    openExternal.mockImplementation(() => Promise.reject(new Error('no browser')));
    const outcome = await handlers['shell:open-external']('https://www.francetravail.fr/');
    expect(outcome).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logged).toEqual([['handler-failed shell:open-external', new Error('no browser')]]);
  });
});
