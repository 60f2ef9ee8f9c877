/**
 * Startup load with recovery. A file that is missing, truncated, corrupt, too deeply nested,
 * schema-invalid or from a newer version is never wiped: its bytes are copied to quarantine
 * first, then the newest valid backup is restored, and the caller gets a notice to show the
 * user. A data file that is a symlink is never followed (see quarantineSymlinkNote).
 */
import { unlinkSync } from 'node:fs';
import type { RecoveryNotice, RecoveryReason } from '../../../preload/contract/channels';
import { createDefaultDocument, type PlannerDocument } from '../../../preload/contract/document';
import type { BackupStore, RestoredBackup } from './backup-store';
import { entryKind } from './contained-paths';
import { describeError, readBytesIfPresent, writeJsonAtomic } from './file-io';
import { holdsUserData } from './first-run';
import { inspectDocumentBytes } from './inspect-document';
import { quarantineCopy, quarantineSymlinkNote } from './quarantine';
import type { FileSystem } from './safe-write';
import { removeStaleTempFiles } from './stale-temp-files';
import type { StoragePaths } from './storage-paths';

/**
 * The notice's reason for a symlinked data file. The contract has no 'symlink' reason yet,
 * so the page says the file "could not be read" and shows the note's path.
 */
const SYMLINK_REASON: RecoveryReason = 'corrupt';

export interface LoadOutcome {
  document: PlannerDocument;
  recovery: RecoveryNotice | null;
  /**
   * True only when the document was read from the data file and validated (possibly
   * migrated): then, and only then, may backups be refreshed. A fresh start is not: backups
   * of an empty document would later pass for data to recover (issue 16.4).
   */
  loadedCleanly: boolean;
  /** Why the data file must not be written this session, if it must not. */
  writeBlocked: string | null;
  /** A write during loading that failed (e.g. the folder is read-only); saving retries later. */
  writeError: string | null;
}

const restoredFrom = (backup: RestoredBackup | null) =>
  backup ? { file: backup.file, savedAt: backup.takenAt.toISOString() } : null;

export function loadDocument(
  paths: StoragePaths,
  backups: BackupStore,
  now: Date,
  fileSystem?: FileSystem,
): LoadOutcome {
  /** Writes without throwing: loading must always hand the user their data, even read-only. */
  function tryWrite(document: PlannerDocument): string | null {
    try {
      writeJsonAtomic(paths.dataFile, document, fileSystem);
      return null;
    } catch (error) {
      return describeError(error);
    }
  }

  /** Restores the newest valid backup (or starts empty) after `reason` made the file unusable. */
  function recover(
    reason: RecoveryReason,
    quarantinedCopy: string | null,
    blocked: string | null,
    backup: RestoredBackup | null = backups.newestValid(),
  ): LoadOutcome {
    const document = backup?.document ?? createDefaultDocument();
    return {
      document,
      recovery: { reason, quarantinedCopy, restoredBackup: restoredFrom(backup) },
      loadedCleanly: false,
      writeBlocked: blocked,
      writeError: blocked === null ? tryWrite(document) : null,
    };
  }

  removeStaleTempFiles(paths);

  let bytes: Buffer | null;
  try {
    if (entryKind(paths.dataFile, fileSystem) === 'symlink') return recoverFromSymlink();
    bytes = readBytesIfPresent(paths.dataFile, fileSystem);
  } catch (error) {
    // The file exists but cannot be read (permissions, a folder in its place): leave it be.
    return recover('corrupt', null, `the data file cannot be read: ${describeError(error)}`);
  }

  if (bytes === null) return startWithoutDataFile();

  const inspection = inspectDocumentBytes(bytes);
  if (inspection.ok) {
    const writeError = inspection.migratedFrom === null ? null : tryWrite(inspection.document);
    return {
      document: inspection.document,
      recovery: null,
      loadedCleanly: true,
      writeBlocked: null,
      writeError,
    };
  }

  let quarantined: string | null = null;
  let blocked: string | null = null;
  try {
    quarantined = quarantineCopy(
      paths.dataFile,
      paths.quarantineDirectory,
      inspection.reason,
      now,
      fileSystem,
    );
  } catch (error) {
    // Without a safe copy we must not write over the original: run from memory instead.
    blocked = `could not keep a copy of the unreadable file: ${describeError(error)}`;
  }
  return recover(inspection.reason, quarantined, blocked);

  /**
   * No data file. With a backup that holds real data, the file went missing: restore it and
   * say so. With no backup, or only backups of an untouched document (left by a start that
   * failed before anything was saved), this is simply a first run: no notice, nothing written.
   */
  function startWithoutDataFile(): LoadOutcome {
    const backup = backups.newestValid();
    if (!backup || !holdsUserData(backup.document)) {
      const document = backup?.document ?? createDefaultDocument();
      return { document, recovery: null, loadedCleanly: false, writeBlocked: null, writeError: null };
    }
    return recover('missing', null, null, backup);
  }

  /**
   * The data file is a symlink: its target is never read or written. A note in quarantine/
   * records where it pointed; then the link alone is removed and the newest backup restored.
   * If the note cannot be kept, the link stays and nothing is written this session.
   */
  function recoverFromSymlink(): LoadOutcome {
    let note: string | null = null;
    let blocked: string | null = null;
    try {
      note = quarantineSymlinkNote(paths.dataFile, paths.quarantineDirectory, now, fileSystem);
      unlinkSync(paths.dataFile);
    } catch (error) {
      blocked = `the data file is a symbolic link, which Passerelle does not follow: ${describeError(error)}`;
    }
    return recover(SYMLINK_REASON, note, blocked);
  }
}
