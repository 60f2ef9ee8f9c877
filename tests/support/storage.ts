/** Builds the real storage service under Node, with conf as the writer (as the preview does). */
import Conf from 'conf';
import { createConfWriter } from '../../main/services/storage/document-writer';
import { createStorageService } from '../../main/services/storage/storage-service';

export function nodeStorage(directory: string, now: () => Date = () => new Date(2026, 10, 21, 14, 0, 0)) {
  return createStorageService({
    directory,
    now,
    createWriter: (folder) => createConfWriter(Conf, folder),
    debounce: { waitMs: 50, maxWaitMs: 200 },
  });
}
