/**
 * The composition root for everything behind the bridge: storage loaded from a folder and
 * the handler table over it. Electron's main, the browser preview and the test harnesses
 * all build their services here, so they cannot drift apart.
 */
import { join } from 'node:path';
import type { AppInfo } from '../../preload/contract/channels';
import { CURRENT_SCHEMA_VERSION } from '../../preload/contract/document';
import { createInvokeHandlers } from '../ipc/handlers';
import { createDiagnosticsLog, type DiagnosticsLog } from './log/diagnostics-log';
import type { DocumentWriter } from './storage/document-writer';
import { createStorageService, type StorageServiceOptions } from './storage/storage-service';
import { createRestoreService } from './backup/restore-service';
import type { PrintPdf } from './export/pdf-layout';
import { createFileSaver, type ChooseTarget } from './files/file-saver';
import { createFolderMemory } from './files/folder-memory';

export interface MainServicesOptions {
  directory: string;
  /** Tests only: the data file's writer. The app uses the safe writer (document-writer.ts). */
  createWriter?: (directory: string) => DocumentWriter;
  /** What the runtime knows of itself; the data, log and schema facts are added here. */
  appInfo: Omit<AppInfo, 'dataDirectory' | 'logDirectory' | 'schemaVersion'>;
  /** By default the data folder's logs/ (main/services/log). */
  log?: DiagnosticsLog;
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
  const log = options.log ?? createDiagnosticsLog({ dataDirectory: options.directory });
  const storage = createStorageService({
    directory: options.directory,
    now,
    log,
    ...(options.createWriter ? { createWriter: options.createWriter } : {}),
    ...(options.debounce ? { debounce: options.debounce } : {}),
  });
  const loaded = storage.load();
  const appInfo: AppInfo = {
    ...options.appInfo,
    dataDirectory: options.directory,
    logDirectory: log.directory,
    schemaVersion: CURRENT_SCHEMA_VERSION,
  };
  log.info('start', {
    version: appInfo.version,
    runtime: appInfo.runtime,
    platform: appInfo.platform,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    recovered: loaded.recovery?.reason ?? null,
    writeProblem: loaded.writeProblem !== null && loaded.writeProblem !== undefined,
  });
  const handlers = createInvokeHandlers({
    storage,
    loaded,
    openExternal: options.openExternal,
    appInfo,
    saveFile: createFileSaver({
      chooseTarget: options.chooseSaveTarget,
      folderMemory: createFolderMemory(join(options.directory, 'last-save-folder.json')),
      defaultFolder: options.defaultSaveFolder,
    }),
    printPdf: options.printPdf,
    backups: createRestoreService({ storage, appVersion: options.appInfo.version, now }),
    now,
    log,
  });
  return { storage, loaded, handlers, log };
}
