/**
 * Writes the whole document to the data file and starts a new, empty journal tied to it.
 * Two atomic steps, in this order, so a crash at any moment leaves the old state or the new:
 *
 * 1. the data file, through the safe writer (temp, fsync, read back, rename, folder fsync).
 *    Stopped before the rename: the old data file and the old journal, which replay to the
 *    old state.
 * 2. the journal, a header naming the new data file's SHA-256, through the safe writer.
 *    Stopped before this rename: the new data file, and an old journal whose `base` no longer
 *    matches it, so it is not replayed (its changes are in the new data file).
 */
import type { PlannerDocument } from '../../../preload/contract/document';
import { serializeJson } from './file-io';
import { startJournal } from './journal-file';
import { sha256Hex } from './journal-format';
import type { JournalState } from './load-journal';
import { writeFileSafely, type FileSystem } from './safe-write';
import type { StoragePaths } from './storage-paths';

/** Writes the data file's bytes; the safe writer by default (document-writer.ts). */
export type WriteDataFile = (bytes: Uint8Array, document: PlannerDocument) => void;

export function compactDocument(
  paths: StoragePaths,
  document: PlannerDocument,
  fileSystem?: FileSystem,
  writeDataFile: WriteDataFile = (bytes) => writeFileSafely(paths.dataFile, bytes, { fileSystem }),
): JournalState {
  const bytes = serializeJson(document);
  writeDataFile(bytes, document);
  const length = startJournal(
    paths.journalFile,
    { schemaVersion: document.schemaVersion, base: sha256Hex(bytes) },
    fileSystem,
  );
  return { length, entries: 0 };
}
