import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFileName } from '../../../main/services/storage/backup-retention';
import { storagePaths } from '../../../main/services/storage/storage-paths';
import { createDefaultDocument } from '../../../preload/contract/document';
import { CURRENT_FIXTURE, fixtureBytes, validDocument } from '../../support/fixtures';
import { nodeStorage } from '../../support/storage';
import { useTempDirectories } from '../../support/temp-dir';

const tempDirectory = useTempDirectories();
const bytesOf = (value: unknown) => Buffer.from(JSON.stringify(value));

describe('temp files left by an interrupted write', () => {
  it('are removed at start: ours only, and only in the data folder', () => {
    const directory = tempDirectory();
    const paths = storagePaths(directory);
    writeFileSync(paths.dataFile, fixtureBytes(CURRENT_FIXTURE));
    mkdirSync(paths.backupsDirectory);
    mkdirSync(join(directory, 'elsewhere'));
    const ours = [
      'passerelle-data.json.tmp-1k3-0a1b2c3d', // our writer's
      'passerelle-data.json.tmp-1732197600a1b2c3', // atomically's, from earlier versions
      join('backups', `${backupFileName('recent', new Date(2026, 10, 21))}.tmp-1k3-0a1b2c3d`),
    ];
    const notOurs = [
      'notes.json.tmp-1k3-0a1b2c3d', // another file's temp
      'passerelle-data.json.tmp-by-hand', // not our pattern
      join('backups', 'holiday.json.tmp-1k3-0a1b2c3d'), // not a backup's name
      join('elsewhere', 'passerelle-data.json.tmp-1k3-0a1b2c3d'), // not where we write
    ];
    for (const name of [...ours, ...notOurs]) writeFileSync(join(directory, name), '{"half":');
    // A link with our pattern is not ours either: it is neither removed nor followed.
    symlinkSync(join(directory, 'elsewhere'), join(directory, 'passerelle-data.json.tmp-1k3-ffffffff'));

    nodeStorage(directory).load();

    for (const name of ours) expect(existsSync(join(directory, name)), name).toBe(false);
    for (const name of notOurs) expect(existsSync(join(directory, name)), name).toBe(true);
    expect(existsSync(join(directory, 'passerelle-data.json.tmp-1k3-ffffffff'))).toBe(true);
  });
});

describe('a start that failed before anything was saved (issue 16.4)', () => {
  it('leaves nothing behind, so the next start is a plain first run', () => {
    const directory = tempDirectory();
    nodeStorage(directory).load(); // e.g. the preview's port was busy: it stopped here
    expect(readdirSync(directory)).toEqual([]);
    const next = nodeStorage(directory).load();
    expect(next.recovery).toBeNull();
    expect(next.document).toEqual(createDefaultDocument());
  });

  it('with only backups of an untouched, never-onboarded document (left by older versions): a first run, no notice', () => {
    const directory = tempDirectory();
    const paths = storagePaths(directory);
    mkdirSync(paths.backupsDirectory);
    const untouched = { ...createDefaultDocument(), preferences: { language: 'fr', theme: 'dark' } };
    writeFileSync(
      join(paths.backupsDirectory, backupFileName('daily', new Date(2026, 10, 20))),
      bytesOf(untouched),
    );
    writeFileSync(
      join(paths.backupsDirectory, backupFileName('recent', new Date(2026, 10, 20, 9))),
      bytesOf(createDefaultDocument()),
    );

    const loaded = nodeStorage(directory).load();
    expect(loaded.recovery).toBeNull();
    expect(loaded.document.profile.onboardedAt).toBeNull();
    expect(existsSync(paths.dataFile)).toBe(false);
  });

  it('with a backup of an onboarded planner: the data is recovered and the user told', () => {
    const directory = tempDirectory();
    const paths = storagePaths(directory);
    mkdirSync(paths.backupsDirectory);
    const onboarded = validDocument();
    expect(onboarded.profile.onboardedAt).not.toBeNull();
    writeFileSync(
      join(paths.backupsDirectory, backupFileName('daily', new Date(2026, 10, 20))),
      bytesOf(onboarded),
    );

    const loaded = nodeStorage(directory).load();
    expect(loaded.recovery?.reason).toBe('missing');
    expect(loaded.recovery?.restoredBackup?.file).toContain('daily-2026-11-20');
    expect(loaded.document).toEqual(onboarded);
    expect(existsSync(paths.dataFile)).toBe(true);
  });

  it('with a never-onboarded backup that still holds entered data: recovered, not dropped', () => {
    const directory = tempDirectory();
    const paths = storagePaths(directory);
    mkdirSync(paths.backupsDirectory);
    const started = { ...validDocument(), profile: { ...validDocument().profile, onboardedAt: null } };
    writeFileSync(
      join(paths.backupsDirectory, backupFileName('daily', new Date(2026, 10, 20))),
      bytesOf(started),
    );

    const loaded = nodeStorage(directory).load();
    expect(loaded.recovery?.reason).toBe('missing');
    expect(loaded.document).toEqual(started);
  });
});
