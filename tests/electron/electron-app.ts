/** Launches the built app (out/) in real Electron with its own data folder. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, type ElectronApplication } from '@playwright/test';
import { storagePaths } from '../../main/services/storage/storage-paths';
import type { ElectronBinary } from '../support/electron-binary';

export function newDataDirectory(seed?: { dataFile?: Buffer; backups?: Record<string, Buffer> }): string {
  const directory = mkdtempSync(join(tmpdir(), 'passerelle-electron-'));
  const paths = storagePaths(directory);
  if (seed?.dataFile) writeFileSync(paths.dataFile, seed.dataFile);
  if (seed?.backups) {
    mkdirSync(paths.backupsDirectory, { recursive: true });
    for (const [name, bytes] of Object.entries(seed.backups))
      writeFileSync(join(paths.backupsDirectory, name), bytes);
  }
  return directory;
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
