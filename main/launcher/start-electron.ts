/**
 * Entry for `npm start` (after the build): makes sure Electron's binary is here, fetching
 * it once if not, then runs the app with electron-vite. Where the binary cannot be had, it
 * prints one paragraph saying what to do and exits 1, instead of the package's stack trace.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { downloadFailureReason, electronBinaryPath, missingElectronMessage } from './electron-launch';

const require = createRequire(import.meta.url);
const electron = {
  directory: process.env.PASSERELLE_ELECTRON_PACKAGE ?? dirname(require.resolve('electron/package.json')),
  exists: existsSync,
  readText: (path: string) => readFileSync(path, 'utf8'),
  env: process.env,
};

if (electronBinaryPath(electron) === null) {
  console.log('Fetching Electron (once)…');
  const download = spawnSync(process.execPath, [join(electron.directory, 'install.js')], {
    encoding: 'utf8',
    timeout: 10 * 60_000,
  });
  if (download.status !== 0 || electronBinaryPath(electron) === null) {
    const output = `${download.stderr ?? ''}\n${download.stdout ?? ''}\n${download.error?.message ?? ''}`;
    console.error(missingElectronMessage(downloadFailureReason(output)));
    process.exit(1);
  }
}

const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
const app = spawn(process.execPath, [electronVite, 'preview', '--skipBuild'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.kill(signal));
app.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
