/**
 * One way to write a file the user keeps (exports, safety copies, the remembered folder):
 * the same safe writer as the data file, so a full disk is an error, never a cut-short
 * file; old or new, never half; private (mode 600); a symlink at the target is refused.
 */
import { writeFileSafely, type FileSystem } from '../storage/safe-write';
import { PRIVATE_FILE_MODE } from '../storage/storage-paths';

export function writePrivateFile(file: string, content: string | Uint8Array, fileSystem?: FileSystem): void {
  writeFileSafely(file, content, { mode: PRIVATE_FILE_MODE, fileSystem });
}
