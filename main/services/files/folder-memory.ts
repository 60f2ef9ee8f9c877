/**
 * The folder the user last saved an export to, so the next save dialog opens there. Kept in
 * a small file of its own in the data folder: it is a convenience, not part of the document,
 * and a damaged or stale entry just falls back to the default folder.
 */
import { existsSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { z } from 'zod';
import { readBytesIfPresent } from '../storage/file-io';
import { writePrivateFile } from './private-file';

export interface FolderMemory {
  read(): string | null;
  write(folder: string): void;
}

const remembered = z.strictObject({ folder: z.string().min(1).max(4096) });

export function createFolderMemory(file: string): FolderMemory {
  return {
    read() {
      try {
        const bytes = readBytesIfPresent(file);
        if (!bytes) return null;
        const parsed = remembered.safeParse(JSON.parse(bytes.toString('utf8')));
        if (!parsed.success || !isAbsolute(parsed.data.folder)) return null;
        return existsSync(parsed.data.folder) ? parsed.data.folder : null;
      } catch {
        return null;
      }
    },
    write(folder) {
      try {
        writePrivateFile(file, JSON.stringify({ folder }));
      } catch {
        // Forgetting the folder only costs the user one click next time.
      }
    },
  };
}
