/**
 * The composition root for everything behind the bridge: storage loaded from a folder and
 * the handler table over it. Electron's main, the browser preview and the test harnesses
 * all build their services here, so they cannot drift apart.
 */
import type { AppInfo } from '../../preload/contract/channels';
import { createInvokeHandlers } from '../ipc/handlers';
import type { DocumentWriter } from './storage/document-writer';
import { createStorageService, type StorageServiceOptions } from './storage/storage-service';

export interface MainServicesOptions {
  directory: string;
  createWriter: (directory: string) => DocumentWriter;
  appInfo: AppInfo;
  openExternal: (url: string) => Promise<void>;
  now?: () => Date;
  debounce?: StorageServiceOptions['debounce'];
}

export function createMainServices(options: MainServicesOptions) {
  const storage = createStorageService({
    directory: options.directory,
    now: options.now ?? (() => new Date()),
    createWriter: options.createWriter,
    ...(options.debounce ? { debounce: options.debounce } : {}),
  });
  const loaded = storage.load();
  const handlers = createInvokeHandlers({
    storage,
    loaded,
    openExternal: options.openExternal,
    appInfo: options.appInfo,
  });
  return { storage, loaded, handlers };
}
