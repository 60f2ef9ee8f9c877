/**
 * Startup load with recovery. A file that is missing, truncated, corrupt, schema-invalid or
 * from a newer version is never wiped: its bytes are copied to quarantine first, then the
 * newest valid backup is restored, and the caller gets a notice to show the user.
 */
import { readdirSync, rmSync } from 'node:fs';
import type { RecoveryNotice } from '../../../preload/contract/channels';
import { createDefaultDocument, type PlannerDocument } from '../../../preload/contract/document';
import type { BackupStore } from './backup-store';
import { describeError, readBytesIfPresent, writeJsonAtomic } from './file-io';
import { inspectDocumentBytes } from './inspect-document';
import { quarantineCopy } from './quarantine';
import { DATA_FILE_BASENAME, type StoragePaths } from './storage-paths';

export interface LoadOutcome {
  document: PlannerDocument;
  recovery: RecoveryNotice | null;
  /** True when the file was read as it was (possibly migrated): backups may be refreshed. */
  loadedCleanly: boolean;
  /** Why the data file must not be written this session, if it must not. */
  writeBlocked: string | null;
  /** A write during loading that failed (e.g. the folder is read-only); saving retries later. */
  writeError: string | null;
}

/** Writes without throwing: loading must always hand the user their data, even read-only. */
function tryWrite(file: string, document: PlannerDocument): string | null {
  try {
    writeJsonAtomic(file, document);
    return null;
  } catch (error) {
    return describeError(error);
  }
}

/** Temp files that a killed write (atomically's temp + rename) can leave behind. */
function removeStaleTempFiles(directory: string): void {
  try {
    for (const name of readdirSync(directory)) {
      if (name.startsWith(`${DATA_FILE_BASENAME}.json.tmp-`)) rmSync(`${directory}/${name}`, { force: true });
    }
  } catch {
    // An unreadable folder is reported by the first write instead.
  }
}

export function loadDocument(paths: StoragePaths, backups: BackupStore, now: Date): LoadOutcome {
  removeStaleTempFiles(paths.directory);
  let bytes: Buffer | null;
  try {
    bytes = readBytesIfPresent(paths.dataFile);
  } catch (error) {
    // The file exists but cannot be read (permissions, a folder in its place): leave it be.
    const backup = backups.newestValid();
    return {
      document: backup?.document ?? createDefaultDocument(),
      recovery: {
        reason: 'corrupt',
        quarantinedCopy: null,
        restoredBackup: backup ? { file: backup.file, savedAt: backup.takenAt.toISOString() } : null,
      },
      loadedCleanly: false,
      writeBlocked: `the data file cannot be read: ${describeError(error)}`,
      writeError: null,
    };
  }

  if (bytes === null) {
    const backup = backups.newestValid();
    if (!backup) {
      const fresh = createDefaultDocument();
      return { document: fresh, recovery: null, loadedCleanly: true, writeBlocked: null, writeError: null };
    }
    const writeError = tryWrite(paths.dataFile, backup.document);
    return {
      document: backup.document,
      recovery: {
        reason: 'missing',
        quarantinedCopy: null,
        restoredBackup: { file: backup.file, savedAt: backup.takenAt.toISOString() },
      },
      loadedCleanly: false,
      writeBlocked: null,
      writeError,
    };
  }

  const inspection = inspectDocumentBytes(bytes);
  if (inspection.ok) {
    const writeError =
      inspection.migratedFrom === null ? null : tryWrite(paths.dataFile, inspection.document);
    return {
      document: inspection.document,
      recovery: null,
      loadedCleanly: true,
      writeBlocked: null,
      writeError,
    };
  }

  let quarantined: string | null = null;
  let writeBlocked: string | null = null;
  try {
    quarantined = quarantineCopy(paths.dataFile, paths.quarantineDirectory, inspection.reason, now);
  } catch (error) {
    // Without a safe copy we must not write over the original: run from memory instead.
    writeBlocked = `could not keep a copy of the unreadable file: ${describeError(error)}`;
  }
  const backup = backups.newestValid();
  const document = backup?.document ?? createDefaultDocument();
  const writeError = writeBlocked === null ? tryWrite(paths.dataFile, document) : null;
  return {
    document,
    recovery: {
      reason: inspection.reason,
      quarantinedCopy: quarantined,
      restoredBackup: backup ? { file: backup.file, savedAt: backup.takenAt.toISOString() } : null,
    },
    loadedCleanly: false,
    writeBlocked,
    writeError,
  };
}
