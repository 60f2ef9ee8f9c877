/**
 * Finds the Electron binary without triggering the package's lazy download, which cannot
 * reach its host on these machines. Returns the reason when there is none, for the skip.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

export function findElectronBinary(): ElectronBinary {
  const packageDirectory = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(packageDirectory, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      found: false,
      reason:
        'skipped: no Electron binary (node_modules/electron has no path.txt; its download host is unreachable here)',
    };
  }
  const relative = readFileSync(pathFile, 'utf8').trim();
  const distDirectory = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDirectory, 'dist');
  const binary = join(distDirectory, relative);
  return existsSync(binary)
    ? { found: true, path: binary }
    : { found: false, reason: `skipped: no Electron binary at ${binary}` };
}
