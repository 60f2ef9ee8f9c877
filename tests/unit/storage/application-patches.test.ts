import { readFileSync } from 'node:fs';
import { exportServicesFor } from '../../support/export-services';
import { describe, expect, it } from 'vitest';
import { createMainServices } from '../../../main/services/main-services';
import { createAtomicDocumentWriter } from '../../../main/services/storage/document-writer';
import type { PlannerDocument } from '../../../preload/contract/document';
import { application } from '../../support/applications';
import { useTempDirectories } from '../../support/temp-dir';

const tempDirectory = useTempDirectories();

function services() {
  const directory = tempDirectory();
  const { storage, handlers } = createMainServices({
    directory,
    ...exportServicesFor(directory),
    createWriter: (folder) => createAtomicDocumentWriter(folder),
    openExternal: () => Promise.resolve(),
    appInfo: { version: 'test', runtime: 'browser-preview', platform: 'linux', systemLanguage: 'en' },
  });
  return { storage, handlers };
}

describe('patching one application', () => {
  it('adds, replaces in place and removes, writing exactly the document (no store-internal keys)', async () => {
    const { storage, handlers } = services();
    const patch = handlers['document:patch-application'];
    expect((await patch({ op: 'put', application: application('a') })).ok).toBe(true);
    expect((await patch({ op: 'put', application: application('b', { organisation: 'Turing' }) })).ok).toBe(
      true,
    );
    expect((await patch({ op: 'put', application: application('a', { role: 'Lead reviewer' }) })).ok).toBe(
      true,
    );
    expect(storage.current().applications.applications.map((a) => [a.id, a.role])).toEqual([
      ['a', 'Lead reviewer'],
      ['b', 'Clinical reviewer'],
    ]);
    expect((await patch({ op: 'remove', id: 'b' })).ok).toBe(true);
    storage.flush();
    const onDisk = JSON.parse(readFileSync(storage.paths.dataFile, 'utf8')) as PlannerDocument;
    expect(onDisk).toEqual(storage.current());
    expect(Object.keys(onDisk)).not.toContain('__internal__');
  });

  it('refuses an invalid application with the field named, and changes nothing', async () => {
    const { storage, handlers } = services();
    const before = storage.current();
    const result = await handlers['document:patch-application']({
      op: 'put',
      application: { ...application('a'), organisation: '', appliedOn: '2026-02-31' },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(!result.ok && result.error.issues?.map((issue) => issue.path)).toEqual([
      'application.organisation',
      'application.appliedOn',
    ]);
    expect(storage.current()).toBe(before);
    expect((await handlers['document:patch-application']({ op: 'rename', id: 'a' })).ok).toBe(false);
  });
});
