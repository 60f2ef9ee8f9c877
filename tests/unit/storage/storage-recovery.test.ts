import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDefaultDocument, CURRENT_SCHEMA_VERSION } from '../../../preload/contract/document';
import { backupFileName } from '../../../main/services/storage/backup-retention';
import { storagePaths } from '../../../main/services/storage/storage-paths';
import {
  CURRENT_FIXTURE,
  DAMAGED_FIXTURES,
  fixtureBytes,
  sha256,
  validDocument,
} from '../../support/fixtures';
import { nodeStorage } from '../../support/storage';
import { useTempDirectories } from '../../support/temp-dir';

const tempDirectory = useTempDirectories();

function folderWith(options: { dataFile?: Buffer; backups?: Record<string, Buffer> }) {
  const directory = tempDirectory();
  const paths = storagePaths(directory);
  if (options.dataFile) writeFileSync(paths.dataFile, options.dataFile);
  if (options.backups) {
    mkdirSync(paths.backupsDirectory);
    for (const [name, bytes] of Object.entries(options.backups))
      writeFileSync(join(paths.backupsDirectory, name), bytes);
  }
  return { directory, paths };
}

const older = validDocument();
const newer = { ...validDocument(), profile: { ...validDocument().profile, name: 'Amina D.' } };
const bytesOf = (value: unknown) => Buffer.from(JSON.stringify(value));

describe('loading a data file', () => {
  it('starts a new user with the default document and no notice', () => {
    const { directory } = folderWith({});
    const loaded = nodeStorage(directory).load();
    expect(loaded.document).toEqual(createDefaultDocument());
    expect(loaded.recovery).toBeNull();
    expect(loaded.writeProblem).toBeNull();
  });

  it('reads a valid file as it is and takes the first daily and recent backups', () => {
    const { directory, paths } = folderWith({ dataFile: fixtureBytes(CURRENT_FIXTURE) });
    const loaded = nodeStorage(directory).load();
    expect(loaded.document).toEqual(validDocument());
    expect(loaded.recovery).toBeNull();
    expect(readdirSync(paths.backupsDirectory).sort()).toEqual(
      [
        backupFileName('daily', new Date(2026, 10, 21, 14)),
        backupFileName('recent', new Date(2026, 10, 21, 14)),
      ].sort(),
    );
  });

  it('upgrades a file from an older version in place, keeping every field', () => {
    const { directory, paths } = folderWith({ dataFile: fixtureBytes('documents/v1.json') });
    const loaded = nodeStorage(directory).load();
    expect(loaded.recovery).toBeNull();
    expect(loaded.document.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(loaded.document.profile).toEqual(validDocument().profile);
    expect(loaded.document.skills.ratings).toEqual([]);
    expect(loaded.document.path.milestones).toEqual([]);
    expect(JSON.parse(readFileSync(paths.dataFile, 'utf8'))).toEqual(loaded.document);
  });

  it.each(DAMAGED_FIXTURES)(
    'never wipes $file: it keeps a byte-identical copy and restores the newest valid backup',
    ({ file, reason }) => {
      const damaged = fixtureBytes(file);
      const { directory, paths } = folderWith({
        dataFile: damaged,
        backups: {
          [backupFileName('daily', new Date(2026, 10, 19))]: bytesOf(older),
          [backupFileName('recent', new Date(2026, 10, 20, 18, 5))]: bytesOf(newer),
          // The newest backup is itself damaged: it must be skipped, not restored.
          [backupFileName('recent', new Date(2026, 10, 21, 9))]: fixtureBytes('damaged/truncated.json'),
        },
      });
      const loaded = nodeStorage(directory).load();

      expect(loaded.recovery?.reason).toBe(reason);
      const copy = loaded.recovery?.quarantinedCopy ?? '';
      expect(copy.startsWith(paths.quarantineDirectory)).toBe(true);
      expect(sha256(readFileSync(copy))).toBe(sha256(damaged));
      expect(loaded.recovery?.restoredBackup?.file).toContain('recent-20261120T180500000');
      expect(loaded.document).toEqual(newer);
      expect(JSON.parse(readFileSync(paths.dataFile, 'utf8'))).toEqual(newer);
    },
  );

  it('starts empty, still keeping the copy, when no backup is usable', () => {
    const damaged = fixtureBytes('damaged/nul-bytes.json');
    const { directory } = folderWith({ dataFile: damaged });
    const loaded = nodeStorage(directory).load();
    expect(loaded.recovery).toMatchObject({ reason: 'corrupt', restoredBackup: null });
    expect(sha256(readFileSync(loaded.recovery?.quarantinedCopy ?? ''))).toBe(sha256(damaged));
    expect(loaded.document).toEqual(createDefaultDocument());
  });

  it('restores the newest backup when the data file has gone missing', () => {
    const { directory, paths } = folderWith({
      backups: { [backupFileName('daily', new Date(2026, 10, 20))]: bytesOf(older) },
    });
    const loaded = nodeStorage(directory).load();
    expect(loaded.recovery).toMatchObject({ reason: 'missing', quarantinedCopy: null });
    expect(loaded.document).toEqual(older);
    expect(existsSync(paths.dataFile)).toBe(true);
  });

  it('keeps two quarantined copies when damage happens twice in the same second', () => {
    const { directory, paths } = folderWith({ dataFile: fixtureBytes('damaged/truncated.json') });
    nodeStorage(directory, () => new Date(2026, 10, 21, 14, 0, 0, 1)).load();
    writeFileSync(paths.dataFile, fixtureBytes('damaged/not-json.json'));
    nodeStorage(directory, () => new Date(2026, 10, 21, 14, 0, 0, 2)).load();
    expect(readdirSync(paths.quarantineDirectory)).toHaveLength(2);
  });

  it('does not write over a data file it cannot read or copy, and says so', () => {
    const { directory, paths } = folderWith({});
    mkdirSync(paths.dataFile); // a folder where the file should be: unreadable as a file
    const loaded = nodeStorage(directory).load();
    expect(loaded.recovery).toMatchObject({ reason: 'corrupt', quarantinedCopy: null });
    expect(loaded.writeProblem?.code).toBe('storage-write-failed');
  });

  it('reports an unwritable data folder instead of crashing, and keeps the document in memory', () => {
    const parent = tempDirectory();
    const blocker = join(parent, 'not-a-folder');
    writeFileSync(blocker, 'a file where the data folder should be');
    const storage = nodeStorage(join(blocker, 'data'));
    const loaded = storage.load();
    expect(loaded.writeProblem?.code).toBe('storage-write-failed');
    const profile = { ...loaded.document.profile, name: 'Kept in memory' };
    expect(storage.replaceSection({ section: 'profile', value: profile }).ok).toBe(true);
    const flushed = storage.flush();
    expect(flushed).toMatchObject({ ok: false, error: { code: 'storage-write-failed' } });
    expect(storage.current().profile.name).toBe('Kept in memory');
  });
});
