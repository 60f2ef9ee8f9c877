/** Creates the one app window with remembered bounds; Electron calls only, logic is elsewhere. */
import { BrowserWindow, nativeTheme, screen } from 'electron';
import ElectronStore from 'electron-store';
import { APP_ENTRY_URL } from './ipc/trusted-sender';
import { mainWindowOptions } from './window-options';
import { boundsToRestore, type SavedWindowState } from './window-state';

export function createMainWindow(options: { preloadPath: string; stateDirectory: string }): BrowserWindow {
  // Window placement is not user data: an unreadable file is simply replaced by defaults.
  const stateStore = new ElectronStore<{ window?: SavedWindowState }>({
    name: 'window-state',
    cwd: options.stateDirectory,
    clearInvalidConfig: true,
  });
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const restored = boundsToRestore(stateStore.get('window'), workAreas);

  const window = new BrowserWindow(
    mainWindowOptions({
      preloadPath: options.preloadPath,
      bounds: restored.bounds,
      darkBackground: nativeTheme.shouldUseDarkColors,
    }),
  );
  window.once('ready-to-show', () => {
    if (restored.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    stateStore.set('window', { ...bounds, maximized: window.isMaximized() });
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
