/**
 * The storage service: owns the document in memory, checks every change, and makes it
 * durable debounced (typing does not write each keystroke), with a flush on quit. A plain
 * module: its folder, clock and writer are passed in, so it runs under Node in tests and in
 * the browser preview exactly as in Electron.
 *
 * Why a journal. Writing the whole document for every change cost about 53 ms per 1,000
 * applications (serialise, write, fsync, read back), and validating it whole as much again,
 * so a planner of 20,000 applications could not save a moved card in under a second. Now a
 * change is checked on its own (the section against its schema, or the one application),
 * then appended to `passerelle-journal.jsonl` as one compact JSON line with a sequence
 * number and a checksum, and fsync'd: a few hundred bytes, whatever the planner's size.
 * Loading replays the journal on the data file (load-journal.ts); when the journal passes
 * 1 MB or 500 entries, at quit (flush), after a restore, and just after a start that
 * replayed changes, the document is compacted into the data file through the safe writer
 * and a new journal begins (compaction.ts says why a crash at any moment leaves the old or
 * the new state).
 *
 * Per-section files were the other choice. They keep one file per change too, but the
 * applications section is the large one: a moved card would still rewrite and re-validate
 * every application in it, so the 20,000-application target could not be met, and a restore
 * would have to swap seven files atomically where a journal needs one data file and a header.
 */
import debounceFn from 'debounce-fn';
import type {
  ApplicationPatch,
  LoadedDocument,
  SaveReceipt,
  SectionUpdate,
  StorageStatus,
} from '../../../preload/contract/channels';
import { plannerDocumentSchema, type PlannerDocument } from '../../../preload/contract/document';
import { fail, ok, type ApiError, type Result } from '../../../preload/contract/result';
import { createBackupStore } from './backup-store';
import { DEFAULT_RETENTION } from './backup-retention';
import { createAtomicDocumentWriter, type DocumentWriter } from './document-writer';
import { describeError, ensurePrivateDirectory } from './file-io';
import type { JournalChange } from './journal-format';
import { applyCheckedChange, checkChange } from './journal-replay';
import { createJournalWriter } from './journal-writer';
import { NOTHING_REPLAYED, type JournalReport } from './load-journal';
import { loadDocument } from './load-document';
import { PendingChanges } from './pending-changes';
import type { FileSystem } from './safe-write';
import { storagePaths } from './storage-paths';

export interface StorageServiceOptions {
  directory: string;
  now: () => Date;
  /** Writes the data file; by default the safe writer (document-writer.ts). */
  createWriter?: (directory: string) => DocumentWriter;
  /**
   * The diagnostics log (main/services/log): problems that need no notice (a torn last
   * journal line) and failures that are otherwise swallowed (a missed backup, a compaction).
   */
  log?: StorageLog;
  /**
   * The file system calls used to read and write the data file and backups: Node's by
   * default; tests pass one whose disk fills up or lies.
   */
  fileSystem?: FileSystem;
  /** Quiet time before a write, and the longest a change may wait while edits continue. */
  debounce?: { waitMs: number; maxWaitMs: number };
}

export interface StorageLog {
  warn(event: string, detail?: Readonly<Record<string, string | number | boolean | null>>): void;
  error(event: string, error?: unknown): void;
}

const consoleLog: StorageLog = {
  warn: (event, detail) => console.warn(`passerelle: ${event}`, detail ?? ''),
  error: (event, error) => console.error(`passerelle: ${event}`, error ?? ''),
};

const writeFailure = (detail: string): ApiError => ({ code: 'storage-write-failed', message: detail });

export function createStorageService(options: StorageServiceOptions) {
  const paths = storagePaths(options.directory);
  const backups = createBackupStore(paths.backupsDirectory, DEFAULT_RETENTION, options.fileSystem);
  const writer = (
    options.createWriter ?? ((folder) => createAtomicDocumentWriter(folder, options.fileSystem))
  )(paths.directory);
  const journal = createJournalWriter(paths, writer, options.fileSystem);
  const listeners = new Set<(status: StorageStatus) => void>();
  const { waitMs, maxWaitMs } = options.debounce ?? { waitMs: 400, maxWaitMs: 2000 };
  const log = options.log ?? consoleLog;

  let document: PlannerDocument | null = null;
  /** Checked changes not yet durable, in order. */
  const pending = new PendingChanges();
  /** The next write folds everything into the data file instead of appending. */
  let compactionDue = false;
  let savedAt: string | null = null;
  let writeBlocked: string | null = null;
  let journalReport: JournalReport = NOTHING_REPLAYED;

  const emit = (status: StorageStatus) => listeners.forEach((listener) => listener(status));
  const receipt = (): SaveReceipt => ({ savedAt, pending: !pending.isEmpty() });

  function writeNow(): Result<SaveReceipt> {
    if (!document || (pending.isEmpty() && !compactionDue)) return ok(receipt());
    let problem: ApiError | null = writeBlocked === null ? null : writeFailure(writeBlocked);
    if (problem === null) {
      try {
        ensurePrivateDirectory(paths.directory);
        if (compactionDue) journal.compact(document);
        else journal.save(document, pending.changes(), options.now().toISOString());
        compactionDue = false;
      } catch (error) {
        // A full disk, a short write or a read-back mismatch: the files hold the last save.
        problem = writeFailure(describeError(error));
        log.error('save-failed', error);
      }
    }
    if (problem !== null) {
      emit({ state: 'failed', error: problem });
      return { ok: false, error: problem };
    }
    const hadChanges = !pending.isEmpty();
    pending.clear();
    if (!hadChanges) return ok(receipt()); // a compaction alone: nothing new for the page
    return announceSaved(document);
  }

  /** After a save that holds new changes: tell the page, then refresh the rolling backups. */
  function announceSaved(saved: PlannerDocument): Result<SaveReceipt> {
    const now = options.now();
    savedAt = now.toISOString();
    emit({ state: 'saved', savedAt });
    try {
      backups.refresh(saved, now);
    } catch (error) {
      // A missed backup must not turn a good save into an error; the next save retries it.
      log.error('backup-refresh-failed', error);
    }
    return ok(receipt());
  }

  const scheduleWrite = debounceFn(writeNow, { wait: waitMs, maxWait: maxWaitMs });

  /** Takes a checked change: applies it in memory; making it durable follows, debounced. */
  function accept(change: JournalChange, key: string): Result<SaveReceipt> {
    if (!document) return fail('internal', 'storage used before load()');
    const checked = checkChange(document, change);
    if (!checked.ok) return fail('invalid-request', checked.message, checked.issues);
    document = applyCheckedChange(document, checked.change);
    pending.add(key, checked.change);
    emit({ state: 'pending' });
    scheduleWrite();
    return ok(receipt());
  }

  return {
    paths,

    /** Reads (and if needed recovers) the file, then replays the journal. Call once, first. */
    load(): LoadedDocument {
      const outcome = loadDocument(paths, backups, options.now(), options.fileSystem);
      document = outcome.document;
      writeBlocked = outcome.writeBlocked;
      journalReport = outcome.journal;
      journal.adopt(outcome.journalState);
      if (outcome.journal.tornTailBytes > 0) {
        log.warn('journal-torn-tail-ignored', { bytes: outcome.journal.tornTailBytes });
      }
      let problem = outcome.writeBlocked ?? outcome.writeError;
      if (problem === null) {
        try {
          ensurePrivateDirectory(paths.directory);
          if (outcome.loadedCleanly) backups.refresh(document, options.now());
        } catch (error) {
          problem = describeError(error);
        }
      }
      // Replayed changes are folded into the data file just after start-up, not during it.
      if (outcome.compactSoon && writeBlocked === null) {
        compactionDue = true;
        scheduleWrite();
      }
      return {
        document,
        recovery: outcome.recovery,
        location: {
          dataFile: paths.dataFile,
          backupsDirectory: paths.backupsDirectory,
          quarantineDirectory: paths.quarantineDirectory,
        },
        writeProblem: problem === null ? null : writeFailure(problem),
      };
    },

    /** What loading found in the journal: replayed, torn, damaged or set aside. */
    journalReport: (): JournalReport => journalReport,

    current(): PlannerDocument {
      if (!document) throw new Error('storage used before load()');
      return document;
    },

    /**
     * Replaces one section. Only that section is validated: the rest of the document is
     * already valid and no rule spans sections, so checking the changed section alone is
     * the same check, without re-reading 20,000 applications when the profile changes.
     */
    replaceSection(update: SectionUpdate): Result<SaveReceipt> {
      return accept(
        { op: 'section', section: update.section, value: update.value },
        `section:${update.section}`,
      );
    },

    /** Adds, replaces or removes one application, checked on its own and against the limit. */
    patchApplication(patch: ApplicationPatch): Result<SaveReceipt> {
      const id = patch.op === 'remove' ? patch.id : patch.application.id;
      const change: JournalChange =
        patch.op === 'remove' ? { op: 'remove', id } : { op: 'put', application: patch.application };
      return accept(change, `application:${id}`);
    },

    /**
     * Puts a whole checked document in place of the current one and compacts it at once
     * (restore): the data file is replaced and the journal started afresh, atomically (see
     * compaction.ts). All or nothing: if the write fails, the previous document, its pending
     * changes and the files stay as they were.
     */
    replaceDocument(next: PlannerDocument): Result<SaveReceipt> {
      if (!document) return fail('internal', 'storage used before load()');
      const checked = plannerDocumentSchema.safeParse(next);
      if (!checked.success) return fail('invalid-request', 'the document would not be valid');
      scheduleWrite.cancel();
      try {
        if (writeBlocked !== null) throw new Error(writeBlocked);
        ensurePrivateDirectory(paths.directory);
        journal.compact(checked.data);
      } catch (error) {
        const problem = writeFailure(describeError(error));
        emit({ state: 'failed', error: problem });
        if (!pending.isEmpty() || compactionDue) scheduleWrite();
        return { ok: false, error: problem };
      }
      document = checked.data;
      pending.clear();
      compactionDue = false;
      return announceSaved(document);
    },

    /** Makes pending changes durable now (a journal append), without compacting. */
    saveNow(): Result<SaveReceipt> {
      scheduleWrite.cancel();
      return writeNow();
    },

    /**
     * Writes any pending change now and folds the journal into the data file: on quit, and
     * before exports. A failed compaction loses nothing (the changes are in the journal), so
     * only a failure to make the changes durable is reported.
     */
    flush(): Result<SaveReceipt> {
      scheduleWrite.cancel();
      const written = writeNow();
      if (!written.ok || !document || writeBlocked !== null || journal.entries() === 0) return written;
      try {
        journal.compact(document);
      } catch (error) {
        compactionDue = true; // retried by the next save
        log.error('compaction-failed', error);
      }
      return written;
    },

    onStatus(listener: (status: StorageStatus) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type StorageService = ReturnType<typeof createStorageService>;
