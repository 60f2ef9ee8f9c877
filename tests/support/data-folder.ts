/** A fresh data folder for one end-to-end test, optionally starting from given files. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storagePaths } from '../../main/services/storage/storage-paths';

export interface Seed {
  dataFile?: Buffer;
  /** Backup file name (see backupFileName) → its bytes. */
  backups?: Record<string, Buffer>;
}

export function seededDataFolder(prefix: string, seed?: Seed | null): string {
  const directory = mkdtempSync(join(tmpdir(), prefix));
  const paths = storagePaths(directory);
  if (seed?.dataFile) writeFileSync(paths.dataFile, seed.dataFile);
  if (seed?.backups) {
    mkdirSync(paths.backupsDirectory, { recursive: true });
    for (const [name, bytes] of Object.entries(seed.backups))
      writeFileSync(join(paths.backupsDirectory, name), bytes);
  }
  return directory;
}
