/**
 * Builds `window.api` over any transport. Electron's preload passes an ipcRenderer transport;
 * the browser preview passes an HTTP one. Only the transport differs, so both runtimes
 * expose exactly the same functions.
 */
import type {
  EventChannel,
  EventContract,
  InvokeChannel,
  PlannerApi,
  RequestOf,
  ResponseOf,
} from './channels';
import type { Result } from './result';

export interface BridgeTransport {
  invoke<C extends InvokeChannel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>>;
  subscribe<E extends EventChannel>(channel: E, listener: (payload: EventContract[E]) => void): () => void;
}

export function createPlannerApi(transport: BridgeTransport): PlannerApi {
  return {
    loadDocument: () => transport.invoke('document:load', undefined),
    saveSection: (update) => transport.invoke('document:save-section', update),
    patchApplication: (patch) => transport.invoke('document:patch-application', patch),
    flush: () => transport.invoke('document:flush', undefined),
    openExternal: (url) => transport.invoke('shell:open-external', url),
    getAppInfo: () => transport.invoke('app:get-info', undefined),
    saveText: (request) => transport.invoke('files:save-text', request),
    savePdf: (request) => transport.invoke('files:save-pdf', request),
    saveBackup: () => transport.invoke('backup:save', undefined),
    inspectBackup: (text) => transport.invoke('backup:inspect', text),
    restoreBackup: (text) => transport.invoke('backup:restore', text),
    onStorageStatus: (listener) => transport.subscribe('storage:status', listener),
  } satisfies PlannerApi;
}
