/** Launches the built app (out/) in real Electron with its own data folder. */
import { resolve } from 'node:path';
import { _electron, type ElectronApplication } from '@playwright/test';
import { seededDataFolder, type Seed } from '../support/data-folder';
import type { ElectronBinary } from '../support/electron-binary';

export function newDataDirectory(seed?: Seed): string {
  return seededDataFolder('passerelle-electron-', seed);
}

export function launch(
  binary: Extract<ElectronBinary, { found: true }>,
  dataDirectory: string,
): Promise<ElectronApplication> {
  // Chromium's sandbox refuses to start as root (containers, CI); a user's desktop keeps it.
  const asRoot = process.getuid?.() === 0;
  return _electron.launch({
    executablePath: binary.path,
    args: [...(asRoot ? ['--no-sandbox'] : []), resolve('.')],
    env: { ...process.env, PASSERELLE_DATA_DIR: dataDirectory },
  });
}
