import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../../main/window-options';
import { boundsToRestore, DEFAULT_WINDOW_SIZE } from '../../../main/window-state';

describe('the main window options', () => {
  const options = mainWindowOptions({
    preloadPath: '/app/preload/index.cjs',
    bounds: { width: 1000, height: 700 },
    darkBackground: false,
  });

  it('isolate and sandbox the page, with no Node.js in it', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('load our preload and stay hidden until the first paint', () => {
    expect(options.webPreferences?.preload).toBe('/app/preload/index.cjs');
    expect(options.show).toBe(false);
  });

  it('paint the background of the theme in use, so there is no white flash', () => {
    const dark = mainWindowOptions({
      preloadPath: '',
      bounds: { width: 1, height: 1 },
      darkBackground: true,
    });
    expect(dark.backgroundColor).not.toBe(options.backgroundColor);
  });
});

describe('restoring the window bounds', () => {
  const laptop = { x: 0, y: 0, width: 1440, height: 900 };

  it('reopens where it was when that is on a screen', () => {
    const saved = { x: 100, y: 80, width: 1000, height: 700, maximized: true };
    expect(boundsToRestore(saved, [laptop])).toEqual({
      bounds: { x: 100, y: 80, width: 1000, height: 700 },
      maximized: true,
    });
  });

  it('comes back on screen when the monitor it was on is gone', () => {
    const saved = { x: 2000, y: 100, width: 1000, height: 700, maximized: false };
    expect(boundsToRestore(saved, [laptop]).bounds).toEqual(DEFAULT_WINDOW_SIZE);
  });

  it('falls back to the default size for a damaged or missing state', () => {
    expect(boundsToRestore({ x: 'left' }, [laptop]).bounds).toEqual(DEFAULT_WINDOW_SIZE);
    expect(boundsToRestore(undefined, [laptop]).bounds).toEqual(DEFAULT_WINDOW_SIZE);
  });
});
