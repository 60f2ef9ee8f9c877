/**
 * Startup load with recovery. A file that is missing, truncated, corrupt, too deeply nested,
 * schema-invalid or from a newer version is never wiped: its bytes are copied to quarantine
 * first, then the newest valid backup is restored, and the caller gets a notice to show the
 * user. A data file that is a symlink is never followed (see quarantineSymlinkNote).
 *
 * The journal of changes since the data file was last written whole is then replayed on it
 * (load-journal.ts says how each case is decided). Whenever a journal is not used in full,
 * except for a torn last line, its bytes are copied to quarantine before anything replaces
 * it; a journal that is a symlink is never followed either.
 */
import { lstatSync, unlinkSync } from 'node:fs';
import type { RecoveryNotice, RecoveryReason } from '../../../preload/contract/channels';
import { createDefaultDocument, type PlannerDocument } from '../../../preload/contract/document';
import type { BackupStore, RestoredBackup } from './backup-store';
import { entryKind } from './contained-paths';
import { compactDocument } from './compaction';
import { describeError, readBytesIfPresent } from './file-io';
import { holdsUserData } from './first-run';
import { parseDocumentBytes } from './inspect-document';
import { combineWithJournal, NOTHING_REPLAYED, type JournalReport, type JournalState } from './load-journal';
import { quarantineCopy, quarantineSymlinkNote, type JournalSetAsideReason } from './quarantine';
import type { FileSystem } from './safe-write';
import { removeStaleTempFiles } from './stale-temp-files';
import type { StoragePaths } from './storage-paths';

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
  /** What the journal held and what became of it. */
  journal: JournalReport;
  /** Where appends may continue; null when the first save must write everything (compact). */
  journalState: JournalState | null;
  /** Changes were replayed: fold them into the data file soon (not during start-up). */
  compactSoon: boolean;
}

const restoredFrom = (backup: RestoredBackup | null) =>
  backup ? { file: backup.file, savedAt: backup.takenAt.toISOString() } : null;

/** More than a header line: a journal that may hold a change (or bytes we cannot read). */
function holdsChanges(journal: Uint8Array): boolean {
  const firstNewline = journal.indexOf(0x0a);
  return journal.length > 0 && (firstNewline < 0 || firstNewline < journal.length - 1);
}

export function loadDocument(
  paths: StoragePaths,
  backups: BackupStore,
  now: Date,
  fileSystem?: FileSystem,
): LoadOutcome {
  let journalState: JournalState | null = null;

  /** Writes without throwing: loading must always hand the user their data, even read-only. */
  function tryWrite(document: PlannerDocument): string | null {
    try {
      journalState = compactDocument(paths, document, fileSystem);
      return null;
    } catch (error) {
      return describeError(error);
    }
  }

  /** Copies the journal to quarantine; returns the copy, or why nothing may be written. */
  function setJournalAside(reason: JournalSetAsideReason): { copy: string | null; blocked: string | null } {
    try {
      const copy = quarantineCopy(
        paths.journalFile,
        paths.quarantineDirectory,
        reason,
        now,
        fileSystem,
        'journal',
      );
      return { copy, blocked: null };
    } catch (error) {
      return { copy: null, blocked: `could not keep a copy of the journal: ${describeError(error)}` };
    }
  }

  /**
   * The journal's bytes, or null when there is none. A symlinked journal is never read: a
   * note is kept and the link removed. Anything else in its place blocks writing.
   */
  function takeJournal(): { bytes: Buffer | null; blocked: string | null } {
    try {
      const kind = entryKind(paths.journalFile, fileSystem);
      if (kind === 'missing') return { bytes: null, blocked: null };
      if (kind === 'symlink') {
        quarantineSymlinkNote(paths.journalFile, paths.quarantineDirectory, now, fileSystem, 'journal');
        unlinkSync(paths.journalFile);
        return { bytes: null, blocked: null };
      }
      if (kind !== 'file') return { bytes: null, blocked: 'the journal is not a regular file' };
      return { bytes: readBytesIfPresent(paths.journalFile, fileSystem), blocked: null };
    } catch (error) {
      return { bytes: null, blocked: `the journal cannot be read: ${describeError(error)}` };
    }
  }

  /** Before the data file is recovered from elsewhere: keep any journal that was there. */
  function setOrphanedJournalAside(): string | null {
    const taken = takeJournal();
    if (taken.blocked !== null) return taken.blocked;
    if (taken.bytes === null || !holdsChanges(taken.bytes)) return null;
    return setJournalAside('orphaned').blocked;
  }

  /** Restores the newest valid backup (or starts empty) after `reason` made the file unusable. */
  function recover(
    reason: RecoveryReason,
    quarantinedCopy: string | null,
    dataBlocked: string | null,
    backup: RestoredBackup | null = backups.newestValid(),
  ): LoadOutcome {
    const document = backup?.document ?? createDefaultDocument();
    const blocked = dataBlocked ?? setOrphanedJournalAside();
    return {
      document,
      recovery: { reason, quarantinedCopy, restoredBackup: restoredFrom(backup) },
      loadedCleanly: false,
      writeBlocked: blocked,
      writeError: blocked === null ? tryWrite(document) : null,
      journal: NOTHING_REPLAYED,
      journalState,
      compactSoon: false,
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

  const parsed = parseDocumentBytes(bytes);
  const taken = parsed.ok ? takeJournal() : { bytes: null, blocked: null };
  const combined = parsed.ok ? combineWithJournal(bytes, parsed.raw, taken.bytes) : parsed;
  if (combined.ok) return loaded(combined, taken.blocked);

  let quarantined: string | null = null;
  let blocked: string | null = null;
  try {
    quarantined = quarantineCopy(paths.dataFile, paths.quarantineDirectory, combined.reason, now, fileSystem);
  } catch (error) {
    // Without a safe copy we must not write over the original: run from memory instead.
    blocked = `could not keep a copy of the unreadable file: ${describeError(error)}`;
  }
  return recover(combined.reason, quarantined, blocked);

  /** A usable data file, with as much of the journal as could be replayed. */
  function loaded(
    combined: Extract<ReturnType<typeof combineWithJournal>, { ok: true }>,
    readBlocked: string | null,
  ) {
    const { document, report } = combined;
    let blocked = readBlocked;
    let journalCopy: string | null = null;
    if (blocked === null && report.setAside !== null) {
      const aside = setJournalAside(report.setAside);
      journalCopy = aside.copy;
      blocked = aside.blocked;
    }
    journalState = blocked === null ? combined.appendable : null;
    // A migrated document is written at once, as before: the old file never lingers.
    const writeError = blocked === null && combined.migratedFrom !== null ? tryWrite(document) : null;
    return {
      document,
      recovery: changesSetAside(report, journalCopy),
      loadedCleanly: true,
      writeBlocked: blocked,
      writeError,
      journal: report,
      journalState,
      compactSoon: report.replayed > 0 || report.tornTailBytes > 0 || report.setAside !== null,
    } satisfies LoadOutcome;
  }

  /**
   * Changes the user saved could not all be replayed ('damaged' or 'unmigratable'): tell them,
   * with the journal's copy. A torn last line (an unconfirmed save) and a stale journal
   * (already in the data file) are only reported in the outcome's `journal`.
   */
  function changesSetAside(report: JournalReport, journalCopy: string | null): RecoveryNotice | null {
    if (report.setAside !== 'damaged' && report.setAside !== 'unmigratable') return null;
    const savedAt = report.lastReplayedAt ?? lstatSync(paths.dataFile).mtime.toISOString();
    return {
      reason: 'journal-damaged',
      quarantinedCopy: journalCopy,
      // The notice's "restored from" is the data file plus the changes that could be kept.
      restoredBackup: { file: paths.dataFile, savedAt },
    };
  }

  /**
   * No data file. With a backup that holds real data, the file went missing: restore it and
   * say so. With no backup, or only backups of an untouched document (left by a start that
   * failed before anything was saved), this is simply a first run: no notice, nothing written.
   */
  function startWithoutDataFile(): LoadOutcome {
    const backup = backups.newestValid();
    if (!backup || !holdsUserData(backup.document)) {
      const document = backup?.document ?? createDefaultDocument();
      // A journal without its data file cannot be replayed; it is kept aside, never lost.
      const blocked = setOrphanedJournalAside();
      return {
        document,
        recovery: null,
        loadedCleanly: false,
        writeBlocked: blocked,
        writeError: null,
        journal: NOTHING_REPLAYED,
        journalState: null,
        compactSoon: false,
      };
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
    return recover('symlink', note, blocked);
  }
}
