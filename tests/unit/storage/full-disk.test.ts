import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../../main/services/backup/backup-envelope';
import { createRestoreService } from '../../../main/services/backup/restore-service';
import type { StorageStatus } from '../../../preload/contract/channels';
import { documentWith } from '../../support/documents';
import { diskWithRoom, lyingWriter, stallingWriter } from '../../support/failing-fs';
import { sha256 } from '../../support/fixtures';
import { nodeStorage } from '../../support/storage';
import { useTempDirectories } from '../../support/temp-dir';

const tempDirectory = useTempDirectories();

/** Every file in the data folder and backups/, with its hash. */
function snapshot(directory: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const folder of [directory, join(directory, 'backups')]) {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isFile()) files[join(folder, entry.name)] = sha256(readFileSync(join(folder, entry.name)));
    }
  }
  return files;
}

// Less room than one saved change takes: its journal line alone is several hundred bytes.
const disks = [
  ['fills up mid-write (ENOSPC)', () => diskWithRoom(120)],
  ['writes short and then stalls', () => stallingWriter(120)],
  ['claims a write it did not make', () => lyingWriter],
] as const;

describe.each(disks)('when the disk %s', (_, disk) => {
  /** A planner saved on a healthy disk, then opened again after the disk went bad. */
  function plannerOnBadDisk() {
    const directory = tempDirectory();
    const healthy = nodeStorage(directory);
    healthy.load();
    healthy.replaceDocument(documentWith('Before', '', 2));
    const storage = nodeStorage(directory, () => new Date(2026, 10, 21, 14, 0, 0), disk());
    storage.load();
    return { directory, storage };
  }

  it('a save is reported failed, never saved, and the data file and backups are untouched', () => {
    const { directory, storage } = plannerOnBadDisk();
    const before = snapshot(directory);
    const statuses: StorageStatus['state'][] = [];
    storage.onStatus((status) => statuses.push(status.state));
    const profile = { ...storage.current().profile, name: 'After' };
    storage.replaceSection({ section: 'profile', value: profile });
    const flushed = storage.flush();

    expect(flushed).toMatchObject({ ok: false, error: { code: 'storage-write-failed' } });
    expect(statuses).toEqual(['pending', 'failed']);
    expect(snapshot(directory)).toEqual(before);
    // The change is kept in memory and the next start still finds the last good save.
    expect(storage.current().profile.name).toBe('After');
    expect(nodeStorage(directory).load().document.profile.name).toBe('Before');
  });

  it('a restore is refused and the data file and backups are untouched', () => {
    const { directory, storage } = plannerOnBadDisk();
    const before = snapshot(directory);
    const backups = createRestoreService({ storage, appVersion: '0.1.0', now: () => new Date(2026, 10, 21) });
    const incoming = createBackup(documentWith('Incoming', '', 5), '0.1.0', new Date(2026, 10, 20));
    // The safety copy goes to before-restore/; the data file's own write is the one that fails.
    expect(backups.restore(incoming)).toMatchObject({ ok: false, error: { code: 'storage-write-failed' } });
    expect(storage.current().profile.name).toBe('Before');
    expect(snapshot(directory)).toEqual(before);
  });
});
