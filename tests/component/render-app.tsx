/**
 * Renders the real app in jsdom with window.api wired straight to the real main-process
 * handlers and storage in a temporary folder: only the IPC transport is replaced.
 */
import { exportServicesFor } from '../support/export-services';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render } from '@testing-library/react';
import { createMainServices } from '../../main/services/main-services';
import { storagePaths } from '../../main/services/storage/storage-paths';
import { createPlannerApi, type BridgeTransport } from '../../preload/contract/planner-api';
import type { EventChannel, StorageStatus } from '../../preload/contract/channels';
import type { PlannerDocument, Language } from '../../preload/contract/document';
import { App } from '../../renderer/src/app/App';
import { loadAllSections } from '../../renderer/src/app/sections';
import { initI18n, switchLanguage } from '../../renderer/src/i18n/i18n';
import { hydrateStores } from '../../renderer/src/state/hydrate';
import { usePreferencesStore } from '../../renderer/src/state/preferences-store';

interface AppOptions {
  document?: PlannerDocument;
  dataFileBytes?: Buffer;
  systemLanguage?: Language;
}

/**
 * Sets window.api over the real services in a fresh folder. `channels` lists every call the
 * page makes, in order.
 */
export function connectApi(options: AppOptions = {}) {
  const directory = mkdtempSync(join(tmpdir(), 'passerelle-component-'));
  const paths = storagePaths(directory);
  if (options.document) writeFileSync(paths.dataFile, JSON.stringify(options.document));
  if (options.dataFileBytes) writeFileSync(paths.dataFile, options.dataFileBytes);
  const { storage, handlers } = createMainServices({
    directory,
    ...exportServicesFor(directory),
    debounce: { waitMs: 10, maxWaitMs: 50 },
    openExternal: () => Promise.resolve(),
    appInfo: {
      version: '0.1.0',
      runtime: 'browser-preview',
      platform: 'linux',
      systemLanguage: options.systemLanguage ?? 'en',
    },
  });
  const channels: string[] = [];
  const transport: BridgeTransport = {
    // Through JSON, as over IPC or HTTP: nothing but plain data crosses.
    invoke: async (channel, request) => {
      channels.push(channel);
      const sent: unknown = request === undefined ? undefined : JSON.parse(JSON.stringify(request));
      const answer = await handlers[channel](sent);
      return JSON.parse(JSON.stringify(answer)) as typeof answer;
    },
    subscribe: (_channel: EventChannel, listener: (status: StorageStatus) => void) =>
      storage.onStatus(listener),
  };
  window.api = createPlannerApi(transport);
  return { storage, paths, channels };
}

export async function renderApp(options: AppOptions = {}) {
  const { storage, paths } = connectApi(options);
  await initI18n('en');
  // As in the app once its idle prefetch is done: sections render without a loading frame.
  await loadAllSections();
  const hydrated = await hydrateStores();
  if (!hydrated.ok) throw new Error(hydrated.error.message);
  await switchLanguage(usePreferencesStore.getState().language);
  const view = render(<App />);
  return { ...view, storage, paths };
}
