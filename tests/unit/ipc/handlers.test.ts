import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { INVOKE_CHANNELS } from '../../../preload/contract/channels';
import { createInvokeHandlers } from '../../../main/ipc/handlers';
import { sha256 } from '../../support/fixtures';
import { nodeStorage } from '../../support/storage';
import { useTempDirectories } from '../../support/temp-dir';

const tempDirectory = useTempDirectories();

function setUp() {
  const storage = nodeStorage(tempDirectory());
  const loaded = storage.load();
  // Write once so there is a file whose hash can be watched.
  storage.replaceSection({ section: 'profile', value: { ...loaded.document.profile, name: 'Before' } });
  storage.flush();
  const openExternal = vi.fn(() => Promise.resolve());
  const handlers = createInvokeHandlers({
    storage,
    loaded,
    openExternal,
    appInfo: { version: '0.1.0', runtime: 'browser-preview', platform: 'linux', systemLanguage: 'en' },
  });
  const fileHash = () => sha256(readFileSync(storage.paths.dataFile));
  return { storage, handlers, openExternal, fileHash };
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
});
