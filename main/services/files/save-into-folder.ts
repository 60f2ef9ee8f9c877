/**
 * The save "dialog" of the browser preview and the tests: no one to ask, so every file goes
 * into one folder under its suggested name (the data folder's exports/).
 */
import { basename, join } from 'node:path';
import { ensurePrivateDirectory } from '../storage/file-io';
import type { ChooseTarget } from './file-saver';

export function saveIntoFolder(folder: string): ChooseTarget {
  return (suggestedPath) => {
    ensurePrivateDirectory(folder);
    return Promise.resolve(join(folder, basename(suggestedPath)));
  };
}
