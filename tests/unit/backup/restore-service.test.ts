import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BACKUP_LIMIT_BYTES } from '../../../main/services/backup/backup-envelope';
import { createRestoreService, SAFETY_COPIES_KEPT } from '../../../main/services/backup/restore-service';
import { createStorageService } from '../../../main/services/storage/storage-service';
import type { PlannerDocument } from '../../../preload/contract/document';
import { CURRENT_SCHEMA_VERSION } from '../../../preload/contract/document';
import { sha256, validDocument } from '../../support/fixtures';
import { documentWith } from '../../support/documents';
import { nodeStorage } from '../../support/storage';
import { useTempDirectories } from '../../support/temp-dir';

const tempDirectory = useTempDirectories();
let tick = 0;
const now = () => new Date(Date.UTC(2026, 10, 21, 10, 0, 0, tick++));

/** A storage with `document` saved on disk, and its restore service. */
function planner(document: PlannerDocument = validDocument()) {
  const storage = nodeStorage(tempDirectory());
  storage.load();
  storage.replaceDocument(document);
  const backups = createRestoreService({ storage, appVersion: '0.1.0', now });
  const fileHash = () => sha256(readFileSync(storage.paths.dataFile));
  return { storage, backups, fileHash };
}

function flipOneBit(text: string, at: number): string {
  const bytes = new TextEncoder().encode(text);
  const index = Math.floor(at * bytes.length) % bytes.length;
  bytes[index] = (bytes[index] ?? 0) ^ 0b0000_0100;
  return new TextDecoder().decode(bytes);
}

describe('backup and restore', () => {
  it('bring a planner back deep-equal in a fresh data folder, and on disk after a reload (property)', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => s.trim());
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 25 }), (name, notes, count) => {
        const source = planner(documentWith(name, notes, count));
        const target = planner(documentWith('Someone else', '', 2));
        const restored = target.backups.restore(source.backups.backupText());
        expect(restored.ok).toBe(true);
        expect(target.storage.current()).toEqual(source.storage.current());
        const reloaded = nodeStorage(target.storage.paths.directory).load();
        expect(reloaded.document).toEqual(source.storage.current());
      }),
      { numRuns: 25 },
    );
  });

  it('replace changes saved in the journal too: the next start has the restored data, not them', () => {
    const { storage, backups } = planner(documentWith('Before', '', 3));
    for (const name of ['Edited once', 'Edited twice']) {
      storage.replaceSection({ section: 'profile', value: { ...storage.current().profile, name } });
      storage.saveNow();
    }
    const incoming = planner(documentWith('Restored', 'from the backup', 4)).backups.backupText();
    expect(backups.restore(incoming).ok).toBe(true);
    const journal = readFileSync(storage.paths.journalFile, 'utf8');
    expect(journal.trimEnd().split('\n')).toHaveLength(1); // a header alone: no change left to replay
    const reloaded = nodeStorage(storage.paths.directory).load();
    expect(reloaded.document).toEqual(storage.current());
    expect(reloaded.document.profile.name).toBe('Restored');
  });

  it('keep a safety backup of the data being replaced, which restores it in turn', () => {
    const before = documentWith('Before', 'old notes', 3);
    const { storage, backups } = planner(before);
    const incoming = planner(documentWith('After', 'new notes', 5)).backups.backupText();

    const outcome = backups.restore(incoming);
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(storage.current().profile.name).toBe('After');
    expect(outcome.value.safetyCopy.startsWith(storage.paths.safetyDirectory)).toBe(true);

    const undo = backups.restore(readFileSync(outcome.value.safetyCopy, 'utf8'));
    expect(undo.ok).toBe(true);
    expect(storage.current()).toEqual(before);
  });

  it('keep only the newest safety copies', () => {
    const { storage, backups } = planner();
    const incoming = planner().backups.backupText();
    for (let i = 0; i < SAFETY_COPIES_KEPT + 3; i++) expect(backups.restore(incoming).ok).toBe(true);
    expect(readdirSync(storage.paths.safetyDirectory)).toHaveLength(SAFETY_COPIES_KEPT);
  });

  it('preview what would be replaced without changing anything', () => {
    const { storage, backups, fileHash } = planner(documentWith('Current', '', 4));
    const hash = fileHash();
    const preview = backups.inspect(planner(documentWith('Incoming', '', 7)).backups.backupText());
    expect(preview).toMatchObject({
      ok: true,
      value: {
        appVersion: '0.1.0',
        migratedFrom: null,
        incoming: { name: 'Incoming', applications: 7 },
        current: { name: 'Current', applications: 4 },
      },
    });
    expect(fileHash()).toBe(hash);
    expect(storage.current().profile.name).toBe('Current');
  });

  const good = () => planner(documentWith('Backed up', 'x', 3)).backups.backupText();
  const damaged: [string, () => string, string][] = [
    ['truncated', () => good().slice(0, -40), 'backup-not-json'],
    ['bit-flipped', () => flipOneBit(good(), 0.8), 'backup-checksum-mismatch'],
    ['oversized', () => `${good()}${' '.repeat(BACKUP_LIMIT_BYTES)}`, 'backup-too-large'],
    ['random JSON', () => JSON.stringify({ hello: ['world', 1, null] }), 'backup-not-a-backup'],
    [
      'from a newer version',
      () =>
        good().replace(
          `"schemaVersion":${CURRENT_SCHEMA_VERSION}`,
          `"schemaVersion":${CURRENT_SCHEMA_VERSION + 1}`,
        ),
      'backup-newer-version',
    ],
  ];
  it.each(damaged)(
    'refuse a %s file and leave the data file byte for byte as it was',
    (_kind, file, code) => {
      const { storage, backups, fileHash } = planner(documentWith('Untouched', 'keep me', 6));
      const hash = fileHash();
      const before = storage.current();
      for (const attempt of [backups.inspect(file()), backups.restore(file())]) {
        expect(attempt).toMatchObject({ ok: false, error: { code } });
      }
      expect(fileHash()).toBe(hash);
      expect(storage.current()).toBe(before);
      expect(existsSync(storage.paths.safetyDirectory)).toBe(false);
    },
  );

  it('keep the current data when the restored document cannot be written', () => {
    const directory = tempDirectory();
    let failWrites = false;
    const storage = createStorageService({
      directory,
      now,
      createWriter: () => ({
        write: () => {
          if (failWrites) throw new Error('EIO: disk gone');
        },
      }),
    });
    storage.load();
    storage.replaceDocument(documentWith('Kept', '', 2));
    const backups = createRestoreService({ storage, appVersion: '0.1.0', now });
    const incoming = planner(documentWith('Lost', '', 9)).backups.backupText();
    failWrites = true;
    expect(backups.restore(incoming)).toMatchObject({ ok: false, error: { code: 'storage-write-failed' } });
    expect(storage.current().profile.name).toBe('Kept');
    expect(readdirSync(join(directory, 'before-restore'))).toHaveLength(1);
  });
});
