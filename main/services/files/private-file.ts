/** One way to write a file the user keeps: atomically (old or new, never half) and private. */
import { writeFileSync as writeFileAtomicSync } from 'atomically';
import { PRIVATE_FILE_MODE } from '../storage/storage-paths';

export function writePrivateFile(file: string, content: string | Uint8Array): void {
  writeFileAtomicSync(file, content, { mode: PRIVATE_FILE_MODE });
}
