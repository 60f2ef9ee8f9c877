/** Small synchronous file helpers shared by the storage modules. */
import { mkdirSync, readFileSync } from 'node:fs';
import { writeFileSync as writeFileAtomicSync } from 'atomically';
import { PRIVATE_DIRECTORY_MODE, PRIVATE_FILE_MODE } from './storage-paths';

/** The file's bytes, or null when it does not exist (or its folder does not). */
export function readBytesIfPresent(file: string): Buffer | null {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw error;
  }
}

export function ensurePrivateDirectory(directory: string): void {
  mkdirSync(directory, { recursive: true, mode: PRIVATE_DIRECTORY_MODE });
}

/** Temp file + rename, the same library conf uses, so a crash leaves old or new, never half. */
export function writeJsonAtomic(file: string, value: unknown): void {
  writeFileAtomicSync(file, `${JSON.stringify(value, null, '\t')}\n`, { mode: PRIVATE_FILE_MODE });
}

export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}
