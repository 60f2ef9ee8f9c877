/**
 * `npm start`'s decision, kept pure: is Electron's binary here, and if fetching it failed,
 * what to tell the person in one paragraph instead of the package's stack trace. The
 * side effects (files, child processes, printing) are passed in by start-electron.ts.
 */
import { join } from 'node:path';

export interface ElectronPackage {
  /** node_modules/electron */
  directory: string;
  exists(path: string): boolean;
  readText(path: string): string;
  env: Readonly<Record<string, string | undefined>>;
}

/** Where the binary would be, or null when the package never recorded one (not downloaded). */
export function electronBinaryPath(electron: ElectronPackage): string | null {
  const pathFile = join(electron.directory, 'path.txt');
  const relative = electron.exists(pathFile) ? electron.readText(pathFile).trim() : '';
  const override = electron.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) return join(override, relative || 'electron');
  if (!relative) return null;
  const binary = join(electron.directory, 'dist', relative);
  return electron.exists(binary) ? binary : null;
}

/** The first line of the download's output that names what went wrong, without the stack. */
export function downloadFailureReason(output: string): string {
  const lines = output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('at '));
  const named = lines.find((line) => /error|ENOTFOUND|EAI_AGAIN|ECONN|ETIMEDOUT|EACCES|ENOSPC/i.test(line));
  return (named ?? lines[0] ?? 'no reason was given').replace(/^[A-Za-z]*Error:\s*/, '').slice(0, 200);
}

/** One paragraph: what happened, how to get the binary, and the browser preview meanwhile. */
export function missingElectronMessage(reason: string): string {
  return [
    'Passerelle could not open: Electron, the desktop shell it runs in, is not on this',
    'computer yet and could not be downloaded',
    `(${reason}).`,
    'Electron downloads itself once, about 100 MB, the first time `npm start` runs:',
    'connect to the internet and run `npm start` again. Behind a proxy or firewall, set',
    'ELECTRON_MIRROR to a mirror you can reach, or set ELECTRON_OVERRIDE_DIST_PATH to the',
    'folder of an Electron 45 you already have. Meanwhile, `npm run preview:browser` shows',
    'the same app, with the same data handling, in your browser.',
  ].join('\n');
}
