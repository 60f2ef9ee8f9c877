/**
 * The journal on disk (`passerelle-journal.jsonl` beside the data file): started afresh
 * through the safe writer (temp file, fsync, read back, rename), then only ever appended to.
 *
 * An append is held to the safe writer's standard: opened without following a symlink
 * (O_NOFOLLOW) and only if it already exists (we created it), every write length checked,
 * fsync, then the new bytes read back and compared. If any step fails, the file is cut back
 * to its previous length, so a failed save leaves the journal byte for byte as it was; if
 * even that fails, a crash leaves at worst a torn last line, which loading ignores.
 */
import * as fs from 'node:fs';
import { basename } from 'node:path';
import { encodeHeader, type JournalHeader } from './journal-format';
import { nodeFileSystem, SafeWriteError, writeAll, writeFileSafely, type FileSystem } from './safe-write';

const { O_WRONLY, O_APPEND } = fs.constants;
// Undefined on Windows, where there is nothing to add.
const O_NOFOLLOW = (fs.constants as { O_NOFOLLOW?: number }).O_NOFOLLOW ?? 0;
const APPEND_FLAGS = O_WRONLY | O_APPEND | O_NOFOLLOW;

/** Replaces the journal with a header alone; returns its length in bytes. */
export function startJournal(file: string, header: JournalHeader, fileSystem?: FileSystem): number {
  const bytes = Buffer.from(encodeHeader(header), 'utf8');
  writeFileSafely(file, bytes, { fileSystem });
  return bytes.length;
}

/**
 * Appends `bytes` to a journal that holds exactly `expectedLength` bytes, durably. Throws
 * (leaving the journal as it was, where the disk allows) unless every byte is on disk.
 */
export function appendToJournal(
  file: string,
  expectedLength: number,
  bytes: Uint8Array,
  fileSystem: FileSystem = nodeFileSystem,
): void {
  const fd = fileSystem.openSync(file, APPEND_FLAGS);
  try {
    writeAll(fileSystem, fd, bytes, file);
    fileSystem.fsyncSync(fd);
    const readBack = fileSystem.readFileSync(file);
    const appended = readBack.subarray(expectedLength);
    if (readBack.length !== expectedLength + bytes.length || !appended.equals(bytes)) {
      throw new SafeWriteError(
        'read-back-mismatch',
        `${basename(file)} holds ${readBack.length} bytes, not the ${expectedLength + bytes.length} written`,
      );
    }
  } catch (error) {
    cutBack(fileSystem, fd, expectedLength);
    throw error;
  } finally {
    fileSystem.closeSync(fd);
  }
}

function cutBack(fileSystem: FileSystem, fd: number, length: number): void {
  try {
    fs.ftruncateSync(fd, length);
    fileSystem.fsyncSync(fd);
  } catch {
    // The disk is failing; the next save starts a new journal, and loading ignores a torn line.
  }
}
