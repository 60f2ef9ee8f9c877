/**
 * Saving a file the user asked for. Where it goes is asked through `chooseTarget`: Electron's
 * native save dialog in the app, a fixed folder in the browser preview and the tests. The
 * dialog opens in the folder used last time, with the suggested (dated) name filled in.
 */
import { dirname, join } from 'node:path';
import type { SavedFile } from '../../../preload/contract/channels';
import { fail, ok, type Result } from '../../../preload/contract/result';
import { describeError } from '../storage/file-io';
import type { FolderMemory } from './folder-memory';
import { writePrivateFile } from './private-file';

/** Returns the chosen path, or null when the user cancels. */
export type ChooseTarget = (suggestedPath: string) => Promise<string | null>;

export interface FileSaverOptions {
  chooseTarget: ChooseTarget;
  folderMemory: FolderMemory;
  /** Where the first dialog opens: the user's Documents folder in Electron. */
  defaultFolder: string;
}

export type SaveFile = (fileName: string, content: string | Uint8Array) => Promise<Result<SavedFile>>;

export function createFileSaver(options: FileSaverOptions): SaveFile {
  return async (fileName, content) => {
    const folder = options.folderMemory.read() ?? options.defaultFolder;
    const target = await options.chooseTarget(join(folder, fileName));
    if (target === null) return ok({ path: null });
    try {
      writePrivateFile(target, content);
    } catch (error) {
      return fail('file-write-failed', describeError(error));
    }
    options.folderMemory.write(dirname(target));
    return ok({ path: target });
  };
}
