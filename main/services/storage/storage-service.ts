/**
 * The storage service: owns the document in memory, validates every change against the
 * document schema, and writes it to disk debounced (typing does not write each keystroke),
 * with a flush on quit. A plain module: its folder, clock and writer are passed in, so it runs
 * under Node in tests and in the browser preview exactly as in Electron.
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
import { MAX_APPLICATIONS, type Application } from '../../../preload/contract/applications-section';
import { fail, ok, type ApiError, type Result } from '../../../preload/contract/result';
import { createBackupStore } from './backup-store';
import { DEFAULT_RETENTION } from './backup-retention';
import { createAtomicDocumentWriter, type DocumentWriter } from './document-writer';
import { describeError, ensurePrivateDirectory } from './file-io';
import { loadDocument } from './load-document';
import type { FileSystem } from './safe-write';
import { storagePaths } from './storage-paths';

export interface StorageServiceOptions {
  directory: string;
  now: () => Date;
  /** Writes the data file; by default the safe writer (document-writer.ts). */
  createWriter?: (directory: string) => DocumentWriter;
  /**
   * The file system calls used to read and write the data file and backups: Node's by
   * default; tests pass one whose disk fills up or lies.
   */
  fileSystem?: FileSystem;
  /** Quiet time before a write, and the longest a change may wait while edits continue. */
  debounce?: { waitMs: number; maxWaitMs: number };
}

const writeFailure = (detail: string): ApiError => ({ code: 'storage-write-failed', message: detail });

export function createStorageService(options: StorageServiceOptions) {
  const paths = storagePaths(options.directory);
  const backups = createBackupStore(paths.backupsDirectory, DEFAULT_RETENTION, options.fileSystem);
  const writer = (
    options.createWriter ?? ((folder) => createAtomicDocumentWriter(folder, options.fileSystem))
  )(paths.directory);
  const listeners = new Set<(status: StorageStatus) => void>();
  const { waitMs, maxWaitMs } = options.debounce ?? { waitMs: 400, maxWaitMs: 2000 };

  let document: PlannerDocument | null = null;
  let dirty = false;
  let savedAt: string | null = null;
  let writeBlocked: string | null = null;

  const emit = (status: StorageStatus) => listeners.forEach((listener) => listener(status));
  const receipt = (): SaveReceipt => ({ savedAt, pending: dirty });

  function writeNow(): Result<SaveReceipt> {
    if (!document || !dirty) return ok(receipt());
    let problem: ApiError | null = writeBlocked === null ? null : writeFailure(writeBlocked);
    if (problem === null) {
      try {
        ensurePrivateDirectory(paths.directory);
        writer.write(document);
      } catch (error) {
        // A full disk, a short write or a read-back mismatch: the previous file is intact.
        problem = writeFailure(describeError(error));
      }
    }
    if (problem !== null) {
      emit({ state: 'failed', error: problem });
      return { ok: false, error: problem };
    }
    dirty = false;
    const now = options.now();
    savedAt = now.toISOString();
    emit({ state: 'saved', savedAt });
    try {
      backups.refresh(document, now);
    } catch {
      // A missed backup must not turn a good save into an error; the next save retries it.
    }
    return ok(receipt());
  }

  const scheduleWrite = debounceFn(writeNow, { wait: waitMs, maxWait: maxWaitMs });

  /** Takes a checked document as the current one; the disk write follows, debounced. */
  function accept(next: PlannerDocument): Result<SaveReceipt> {
    document = next;
    dirty = true;
    emit({ state: 'pending' });
    scheduleWrite();
    return ok(receipt());
  }

  return {
    paths,

    /** Reads (and if needed recovers) the file. Call once, before anything else. */
    load(): LoadedDocument {
      const outcome = loadDocument(paths, backups, options.now(), options.fileSystem);
      document = outcome.document;
      writeBlocked = outcome.writeBlocked;
      let problem = outcome.writeBlocked ?? outcome.writeError;
      if (problem === null) {
        try {
          ensurePrivateDirectory(paths.directory);
          if (outcome.loadedCleanly) backups.refresh(document, options.now());
        } catch (error) {
          problem = describeError(error);
        }
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

    current(): PlannerDocument {
      if (!document) throw new Error('storage used before load()');
      return document;
    },

    /** Validates the whole document with the change applied; only a valid one is kept. */
    replaceSection(update: SectionUpdate): Result<SaveReceipt> {
      if (!document) return fail('internal', 'storage used before load()');
      // The rest of the document is already valid and no rule spans sections, so checking
      // the changed section alone is the same check, without re-reading 2,000 applications
      // when the profile changes.
      const candidate = plannerDocumentSchema.shape[update.section].safeParse(update.value);
      if (!candidate.success) {
        const issues = candidate.error.issues.map((issue) => ({
          path: [update.section, ...issue.path].join('.'),
          message: issue.message,
        }));
        return fail('invalid-request', 'the document would not be valid', issues);
      }
      return accept({ ...document, [update.section]: candidate.data });
    },

    /**
     * Adds, replaces or removes one application. The request schema has checked it; the rest
     * of the section is already valid, so only the section's own limits are left to check.
     */
    patchApplication(patch: ApplicationPatch): Result<SaveReceipt> {
      if (!document) return fail('internal', 'storage used before load()');
      const current = document.applications.applications;
      let applications: Application[];
      if (patch.op === 'remove') {
        applications = current.filter((a) => a.id !== patch.id);
      } else {
        const index = current.findIndex((a) => a.id === patch.application.id);
        if (index < 0 && current.length >= MAX_APPLICATIONS) {
          return fail('invalid-request', `at most ${MAX_APPLICATIONS} applications`);
        }
        applications = index < 0 ? [...current, patch.application] : current.with(index, patch.application);
      }
      return accept({ ...document, applications: { ...document.applications, applications } });
    },

    /**
     * Puts a whole checked document in place of the current one and writes it at once
     * (restore). All or nothing: if the write fails, the previous document stays current.
     */
    replaceDocument(next: PlannerDocument): Result<SaveReceipt> {
      if (!document) return fail('internal', 'storage used before load()');
      const checked = plannerDocumentSchema.safeParse(next);
      if (!checked.success) return fail('invalid-request', 'the document would not be valid');
      const previous = { document, dirty };
      scheduleWrite.cancel();
      document = checked.data;
      dirty = true;
      const written = writeNow();
      if (!written.ok) {
        document = previous.document;
        dirty = previous.dirty;
        if (dirty) scheduleWrite();
      }
      return written;
    },

    /** Writes any pending change now: on quit, and before exports. */
    flush(): Result<SaveReceipt> {
      scheduleWrite.cancel();
      return writeNow();
    },

    onStatus(listener: (status: StorageStatus) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type StorageService = ReturnType<typeof createStorageService>;
