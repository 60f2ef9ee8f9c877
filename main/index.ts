// Security defaults first: they must be in force before any webContents exists.
import './security';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, shell, type BrowserWindow } from 'electron';
import { registerAppScheme, serveRendererFrom } from './app-protocol';
import { registerInvokeHandlers, sendEvent } from './ipc/main-ipc';
import { createMainWindow } from './main-window';
import { systemLanguageFrom } from './system-language';
import { createMainServices } from './services/main-services';
import { electronPrinter, nativeSaveDialog } from './electron-files';

const here = dirname(fileURLToPath(import.meta.url));

// End-to-end tests give every run its own folder; must be set before the instance lock.
if (process.env.PASSERELLE_DATA_DIR) app.setPath('userData', resolve(process.env.PASSERELLE_DATA_DIR));
registerAppScheme();

let mainWindow: BrowserWindow | null = null;

async function start(): Promise<void> {
  await app.whenReady();
  serveRendererFrom(join(here, '../renderer'));

  const { storage, handlers } = createMainServices({
    directory: app.getPath('userData'),
    openExternal: (url) => shell.openExternal(url),
    chooseSaveTarget: nativeSaveDialog(() => mainWindow),
    defaultSaveFolder: app.getPath('documents'),
    printPdf: electronPrinter(),
    appInfo: {
      version: app.getVersion(),
      runtime: 'electron',
      platform: process.platform,
      systemLanguage: systemLanguageFrom(app.getPreferredSystemLanguages()),
    },
  });
  registerInvokeHandlers(handlers);

  const window = createMainWindow({
    preloadPath: join(here, '../preload/index.cjs'),
    stateDirectory: app.getPath('userData'),
  });
  mainWindow = window;
  const unsubscribe = storage.onStatus((status) => sendEvent(window.webContents, 'storage:status', status));
  window.on('closed', () => {
    unsubscribe();
    mainWindow = null;
  });

  // Debounced writes still pending are written before the process ends.
  app.on('before-quit', () => storage.flush());
  app.on('window-all-closed', () => app.quit());
}

if (app.requestSingleInstanceLock()) {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  void start();
} else {
  app.quit();
}
