/**
 * Reads, writes and prunes the rolling backups on disk. Only validated documents get here.
 * backups/ must be a real folder inside the data folder: a symlinked backups/ is refused
 * (nothing listed, read or written through it), and so is a symlinked backup file.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { PlannerDocument } from '../../../preload/contract/document';
import {
  backupFileName,
  backupsDue,
  DEFAULT_RETENTION,
  parseBackupFileName,
  planRetention,
  restoreOrder,
  type BackupEntry,
  type RetentionPolicy,
} from './backup-retention';
import { ensureContainedDirectory, entryKind } from './contained-paths';
import { readBytesIfPresent, writeJsonAtomic } from './file-io';
import { inspectDocumentBytes } from './inspect-document';
import type { FileSystem } from './safe-write';

export interface RestoredBackup {
  document: PlannerDocument;
  file: string;
  takenAt: Date;
}

export function createBackupStore(
  directory: string,
  policy: RetentionPolicy = DEFAULT_RETENTION,
  fileSystem?: FileSystem,
) {
  function list(): BackupEntry[] {
    try {
      if (entryKind(directory, fileSystem) !== 'directory') return [];
      return readdirSync(directory)
        .map(parseBackupFileName)
        .filter((entry): entry is BackupEntry => entry !== null);
    } catch {
      return [];
    }
  }

  /** Every backup that passes the same checks as the data file, newest first. */
  function* valid(): Generator<RestoredBackup> {
    for (const entry of restoreOrder(list())) {
      const file = join(directory, entry.fileName);
      let bytes: Buffer | null;
      try {
        bytes = entryKind(file, fileSystem) === 'file' ? readBytesIfPresent(file, fileSystem) : null;
      } catch {
        continue; // unreadable: try the next one
      }
      if (!bytes) continue;
      const inspection = inspectDocumentBytes(bytes);
      if (inspection.ok) yield { document: inspection.document, file, takenAt: entry.takenAt };
    }
  }

  return {
    list,
    valid,

    /** The newest backup that passes the same checks as the data file, or null. */
    newestValid(): RestoredBackup | null {
      for (const backup of valid()) return backup;
      return null;
    },

    /** Adds the backups due at `now` (see backupsDue), then prunes what the policy drops. */
    refresh(document: PlannerDocument, now: Date): void {
      const due = backupsDue(list(), now, policy);
      if (due.length === 0) return;
      ensureContainedDirectory(directory, fileSystem);
      for (const kind of due)
        writeJsonAtomic(join(directory, backupFileName(kind, now)), document, fileSystem);
      for (const entry of planRetention(list(), now, policy).remove) {
        rmSync(join(directory, entry.fileName), { force: true });
      }
    },
  };
}

export type BackupStore = ReturnType<typeof createBackupStore>;
