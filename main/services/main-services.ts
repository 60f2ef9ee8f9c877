/**
 * The composition root for everything behind the bridge: storage loaded from a folder and
 * the handler table over it. Electron's main, the browser preview and the test harnesses
 * all build their services here, so they cannot drift apart.
 */
import { join } from 'node:path';
import type { AppInfo } from '../../preload/contract/channels';
import { createInvokeHandlers } from '../ipc/handlers';
import type { DocumentWriter } from './storage/document-writer';
import { createStorageService, type StorageServiceOptions } from './storage/storage-service';
import { createRestoreService } from './backup/restore-service';
import type { PrintPdf } from './export/pdf-layout';
import { createFileSaver, type ChooseTarget } from './files/file-saver';
import { createFolderMemory } from './files/folder-memory';

export interface MainServicesOptions {
  directory: string;
  createWriter: (directory: string) => DocumentWriter;
  appInfo: AppInfo;
  openExternal: (url: string) => Promise<void>;
  now?: () => Date;
  debounce?: StorageServiceOptions['debounce'];
  /** Where a file goes: the native save dialog in Electron, the data folder in the preview. */
  chooseSaveTarget: ChooseTarget;
  /** The first save dialog's folder (later ones open where the user saved last). */
  defaultSaveFolder: string;
  printPdf: PrintPdf;
}

export function createMainServices(options: MainServicesOptions) {
  const now = options.now ?? (() => new Date());
  const storage = createStorageService({
    directory: options.directory,
    now,
    createWriter: options.createWriter,
    ...(options.debounce ? { debounce: options.debounce } : {}),
  });
  const loaded = storage.load();
  const handlers = createInvokeHandlers({
    storage,
    loaded,
    openExternal: options.openExternal,
    appInfo: options.appInfo,
    saveFile: createFileSaver({
      chooseTarget: options.chooseSaveTarget,
      folderMemory: createFolderMemory(join(options.directory, 'last-save-folder.json')),
      defaultFolder: options.defaultSaveFolder,
    }),
    printPdf: options.printPdf,
    backups: createRestoreService({ storage, appVersion: options.appInfo.version, now }),
    now,
  });
  return { storage, loaded, handlers };
}
