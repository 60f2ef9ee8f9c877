import { lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../../main/services/backup/backup-envelope';
import { createRestoreService } from '../../../main/services/backup/restore-service';
import { backupFileName } from '../../../main/services/storage/backup-retention';
import { storagePaths } from '../../../main/services/storage/storage-paths';
import { documentWith } from '../../support/documents';
import { CURRENT_FIXTURE, fixtureBytes, sha256 } from '../../support/fixtures';
import { nodeStorage } from '../../support/storage';
import { useTempDirectories } from '../../support/temp-dir';

const tempDirectory = useTempDirectories();
const bytesOf = (value: unknown) => Buffer.from(JSON.stringify(value));
const outsideDocument = documentWith('Outside the data folder', '', 1);
const backedUp = documentWith('From the backup', '', 2);

/** A data folder and, beside it, a folder the links point into. */
function folders() {
  const directory = tempDirectory();
  const outside = tempDirectory();
  return { directory, outside, paths: storagePaths(directory) };
}

/** Hash of every file in a folder, to prove nothing there was touched. */
const contents = (folder: string) =>
  Object.fromEntries(readdirSync(folder).map((name) => [name, sha256(readFileSync(join(folder, name)))]));

function withBackup(backupsDirectory: string) {
  mkdirSync(backupsDirectory, { recursive: true });
  writeFileSync(join(backupsDirectory, backupFileName('daily', new Date(2026, 10, 20))), bytesOf(backedUp));
}

describe('symlinks in the data folder are never followed', () => {
  it('a symlinked data file is not read: a note records it, the link alone goes, the backup comes back', () => {
    const { directory, outside, paths } = folders();
    const target = join(outside, 'somewhere.json');
    writeFileSync(target, bytesOf(outsideDocument));
    symlinkSync(target, paths.dataFile);
    withBackup(paths.backupsDirectory);
    const before = contents(outside);

    const storage = nodeStorage(directory);
    const loaded = storage.load();
    storage.replaceSection({ section: 'profile', value: { ...loaded.document.profile, name: 'Edited' } });
    expect(storage.flush().ok).toBe(true);

    expect(loaded.document).toEqual(backedUp);
    expect(loaded.recovery).toMatchObject({ reason: 'symlink' });
    const note = loaded.recovery?.quarantinedCopy ?? '';
    expect(note.startsWith(paths.quarantineDirectory)).toBe(true);
    expect(readFileSync(note, 'utf8')).toContain(`It pointed to: ${target}`);
    expect(lstatSync(paths.dataFile).isFile()).toBe(true);
    expect(contents(outside)).toEqual(before);
  });

  it('a symlinked backups/ folder is neither restored from nor written to, and the user is told', () => {
    const { directory, outside, paths } = folders();
    withBackup(outside);
    symlinkSync(outside, paths.backupsDirectory);
    const before = contents(outside);

    // No data file, and the only "backup" is behind the link: a plain first run.
    const firstRun = nodeStorage(directory).load();
    expect(firstRun.recovery).toBeNull();
    expect(firstRun.document.profile.name).toBe('');

    writeFileSync(paths.dataFile, fixtureBytes(CURRENT_FIXTURE));
    const loaded = nodeStorage(directory).load();
    expect(loaded.writeProblem?.message).toContain('backups/ is a symbolic link');
    expect(contents(outside)).toEqual(before);
  });

  it('a symlinked backup file is skipped when restoring', () => {
    const { directory, outside, paths } = folders();
    writeFileSync(join(outside, 'planted.json'), bytesOf(outsideDocument));
    withBackup(paths.backupsDirectory);
    symlinkSync(
      join(outside, 'planted.json'),
      join(paths.backupsDirectory, backupFileName('daily', new Date(2026, 10, 21))),
    );
    writeFileSync(paths.dataFile, fixtureBytes('damaged/truncated.json'));

    const loaded = nodeStorage(directory).load();
    expect(loaded.recovery?.restoredBackup?.file).toContain('daily-2026-11-20');
    expect(loaded.document).toEqual(backedUp);
  });

  it('a symlinked quarantine/ folder is refused: the damaged file stays as it was, nothing written outside', () => {
    const { directory, outside, paths } = folders();
    const damaged = fixtureBytes('damaged/not-json.json');
    writeFileSync(paths.dataFile, damaged);
    symlinkSync(outside, paths.quarantineDirectory);

    const loaded = nodeStorage(directory).load();
    expect(loaded.recovery).toMatchObject({ reason: 'corrupt', quarantinedCopy: null });
    expect(loaded.writeProblem?.message).toContain('quarantine/ is a symbolic link');
    expect(sha256(readFileSync(paths.dataFile))).toBe(sha256(damaged));
    expect(readdirSync(outside)).toEqual([]);
  });

  it('a symlinked before-restore/ folder stops a restore before anything changes', () => {
    const { directory, outside, paths } = folders();
    const storage = nodeStorage(directory);
    storage.load();
    storage.replaceDocument(documentWith('Current', '', 1));
    const hash = sha256(readFileSync(paths.dataFile));
    symlinkSync(outside, paths.safetyDirectory);
    const backups = createRestoreService({ storage, appVersion: '0.1.0', now: () => new Date(2026, 10, 21) });

    const restored = backups.restore(createBackup(backedUp, '0.1.0', new Date(2026, 10, 20)));
    expect(restored).toMatchObject({ ok: false, error: { code: 'file-write-failed' } });
    expect(sha256(readFileSync(paths.dataFile))).toBe(hash);
    expect(readdirSync(outside)).toEqual([]);
  });
});
