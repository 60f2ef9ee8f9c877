/** Small synchronous file helpers shared by the storage modules. */
import { mkdirSync } from 'node:fs';
import { entryKind } from './contained-paths';
import { nodeFileSystem, SafeWriteError, writeFileSafely, type FileSystem } from './safe-write';
import { PRIVATE_DIRECTORY_MODE } from './storage-paths';

/**
 * The file's bytes, or null when it does not exist (or its folder does not). Seen with
 * lstat first: a symlink is refused (SafeWriteError 'symlink-refused'), never read through,
 * so nothing outside the data folder is ever taken for our data.
 */
export function readBytesIfPresent(file: string, fileSystem: FileSystem = nodeFileSystem): Buffer | null {
  try {
    if (entryKind(file, fileSystem) === 'symlink') {
      throw new SafeWriteError('symlink-refused', `${file} is a symbolic link; it is not followed`);
    }
    return fileSystem.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw error;
  }
}

export function ensurePrivateDirectory(directory: string): void {
  mkdirSync(directory, { recursive: true, mode: PRIVATE_DIRECTORY_MODE });
}

/**
 * The data file's bytes: compact JSON (no indentation: a third smaller, and faster to write
 * and read at 20,000 applications) and a final newline.
 */
export const serializeJson = (value: unknown): Buffer => Buffer.from(`${JSON.stringify(value)}\n`, 'utf8');

/** Serialises as the data file is written, then writes it safely (see safe-write.ts). */
export function writeJsonAtomic(file: string, value: unknown, fileSystem?: FileSystem): void {
  writeFileSafely(file, serializeJson(value), { fileSystem });
}

export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}
