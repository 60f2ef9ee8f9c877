/**
 * Writes the whole document to `passerelle-data.json` (at each compaction, see compaction.ts)
 * with our own safe writer (safe-write.ts):
 * temp file beside it, every write length checked, fsync, read back and compared, then a
 * rename and a folder fsync. A full disk or a short write throws, so the save is reported
 * as failed and the previous file stays as it was.
 *
 * electron-store / conf used to write it. They no longer do, because their writer
 * (atomically) cannot give those guarantees: it ignores short writes, follows a symlinked
 * data file wherever it points, and never reads back. They added nothing else here: the
 * document already lives in memory in the storage service, is validated by our zod schema
 * and migrated by our own migrations, and we never used their get, watch, defaults or
 * "encryption". (electron-store still keeps the window's size in main-window.ts.)
 */
import type { PlannerDocument } from '../../../preload/contract/document';
import type { FileSystem } from './safe-write';
import { writeFileSafely } from './safe-write';
import { storagePaths } from './storage-paths';

export interface DocumentWriter {
  /**
   * Writes the whole data file: `bytes` is `document` serialised (compact JSON, see
   * file-io.ts). Only compaction calls it; single changes go to the journal.
   */
  write(document: PlannerDocument, bytes: Uint8Array): void;
}

export function createAtomicDocumentWriter(directory: string, fileSystem?: FileSystem): DocumentWriter {
  const { dataFile } = storagePaths(directory);
  return { write: (_document, bytes) => writeFileSafely(dataFile, bytes, { fileSystem }) };
}
