/** Builds the real storage service under Node, with the default (safe) writer, as the app does. */
import { createStorageService } from '../../main/services/storage/storage-service';
import type { FileSystem } from '../../main/services/storage/safe-write';

export function nodeStorage(
  directory: string,
  now: () => Date = () => new Date(2026, 10, 21, 14, 0, 0),
  fileSystem?: FileSystem,
) {
  return createStorageService({ directory, now, fileSystem, debounce: { waitMs: 50, maxWaitMs: 200 } });
}
