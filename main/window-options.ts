/**
 * The main window's options as a pure function, so a unit test can assert every security
 * flag without Electron running.
 */
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

export interface MainWindowInputs {
  preloadPath: string;
  bounds: Partial<Rectangle> & { width: number; height: number };
  darkBackground: boolean;
  iconPath?: string;
}

export function mainWindowOptions(inputs: MainWindowInputs): BrowserWindowConstructorOptions {
  return {
    ...inputs.bounds,
    minWidth: 760,
    minHeight: 520,
    show: false,
    title: 'Passerelle',
    // Matches the page background so no white flash shows before the first paint.
    backgroundColor: inputs.darkBackground ? '#15171c' : '#f7f7f5',
    ...(inputs.iconPath ? { icon: inputs.iconPath } : {}),
    webPreferences: {
      preload: inputs.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      devTools: true,
    },
  };
}
