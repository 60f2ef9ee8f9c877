/**
 * Makes changes durable: each batch of changes appended to the journal as one write and one
 * fsync, or, when the journal has grown past its limits (or cannot be appended to), the
 * whole document compacted into the data file and a new journal started (compaction.ts).
 */
import type { PlannerDocument } from '../../../preload/contract/document';
import { compactDocument } from './compaction';
import type { DocumentWriter } from './document-writer';
import { appendToJournal } from './journal-file';
import { encodeEntry, type JournalChange } from './journal-format';
import type { JournalState } from './load-journal';
import type { FileSystem } from './safe-write';
import type { StoragePaths } from './storage-paths';

/**
 * Past either limit the next save compacts. 1 MB replays in a few milliseconds at start-up
 * and is about 1,500 edited applications; 500 entries bound the replay's work the same way.
 */
export const MAX_JOURNAL_BYTES = 1024 * 1024;
export const MAX_JOURNAL_ENTRIES = 500;

export function createJournalWriter(
  paths: StoragePaths,
  writer: DocumentWriter,
  fileSystem: FileSystem | undefined,
) {
  /** Null until a journal we may append to is known: the next save then compacts. */
  let state: JournalState | null = null;

  function compact(document: PlannerDocument): void {
    // If the data file's write fails, the old file and the old journal are intact, so the
    // state stays; once it succeeded, the old journal must not be appended to again.
    const previous = state;
    let dataWritten = false;
    try {
      state = compactDocument(paths, document, fileSystem, (bytes) => {
        writer.write(document, bytes);
        dataWritten = true;
      });
    } catch (error) {
      state = dataWritten ? null : previous;
      throw error;
    }
  }

  return {
    /** Takes over the journal as loading found it. */
    adopt(found: JournalState | null): void {
      state = found;
    },

    /** Entries in the journal since the last compaction. */
    entries: (): number => state?.entries ?? 0,

    compact,

    /**
     * Appends `changes` (each already checked) as lines saved at `at`, or compacts when the
     * journal would pass its limits. Throws when nothing could be made durable.
     */
    save(document: PlannerDocument, changes: readonly JournalChange[], at: string): 'appended' | 'compacted' {
      if (state !== null && changes.length > 0) {
        const from = state;
        const lines = changes.map((change, index) =>
          encodeEntry({ seq: from.entries + 1 + index, at, change }),
        );
        const bytes = Buffer.from(lines.join(''), 'utf8');
        const fits =
          from.length + bytes.length <= MAX_JOURNAL_BYTES &&
          from.entries + changes.length <= MAX_JOURNAL_ENTRIES;
        if (fits) {
          try {
            appendToJournal(paths.journalFile, from.length, bytes, fileSystem);
            state = { length: from.length + bytes.length, entries: from.entries + changes.length };
            return 'appended';
          } catch {
            // The journal was cut back, unless the disk refused even that, or it is gone: it
            // is not appended to again. Writing everything instead is the same safe write as
            // any compaction; if it fails too, its error is the one reported.
            state = null;
          }
        }
      }
      compact(document);
      return 'compacted';
    },
  };
}

export type JournalWriter = ReturnType<typeof createJournalWriter>;
