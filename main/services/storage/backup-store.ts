/** Reads, writes and prunes the rolling backups on disk. Only validated documents get here. */
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
import { ensurePrivateDirectory, readBytesIfPresent, writeJsonAtomic } from './file-io';
import { inspectDocumentBytes } from './inspect-document';

export interface RestoredBackup {
  document: PlannerDocument;
  file: string;
  takenAt: Date;
}

export function createBackupStore(directory: string, policy: RetentionPolicy = DEFAULT_RETENTION) {
  function list(): BackupEntry[] {
    try {
      return readdirSync(directory)
        .map(parseBackupFileName)
        .filter((entry): entry is BackupEntry => entry !== null);
    } catch {
      return [];
    }
  }

  return {
    list,

    /** The newest backup that passes the same checks as the data file, or null. */
    newestValid(): RestoredBackup | null {
      for (const entry of restoreOrder(list())) {
        const file = join(directory, entry.fileName);
        const bytes = readBytesIfPresent(file);
        if (!bytes) continue;
        const inspection = inspectDocumentBytes(bytes);
        if (inspection.ok) return { document: inspection.document, file, takenAt: entry.takenAt };
      }
      return null;
    },

    /** Adds the backups due at `now` (see backupsDue), then prunes what the policy drops. */
    refresh(document: PlannerDocument, now: Date): void {
      const due = backupsDue(list(), now, policy);
      if (due.length === 0) return;
      ensurePrivateDirectory(directory);
      for (const kind of due) writeJsonAtomic(join(directory, backupFileName(kind, now)), document);
      for (const entry of planRetention(list(), now, policy).remove) {
        rmSync(join(directory, entry.fileName), { force: true });
      }
    },
  };
}

export type BackupStore = ReturnType<typeof createBackupStore>;
