import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  downloadFailureReason,
  electronBinaryPath,
  missingElectronMessage,
} from '../../../main/launcher/electron-launch';
import { useTempDirectories } from '../../support/temp-dir';

const tempDirectory = useTempDirectories();

function electronPackage(files: Record<string, string>, env: Record<string, string> = {}) {
  return {
    directory: '/pkg',
    exists: (path: string) => path in files,
    readText: (path: string) => files[path] ?? '',
    env,
  };
}

describe("npm start's check for the Electron binary", () => {
  it('finds the binary the package recorded, and only when it is really there', () => {
    expect(electronBinaryPath(electronPackage({}))).toBeNull();
    expect(electronBinaryPath(electronPackage({ '/pkg/path.txt': 'electron' }))).toBeNull();
    expect(
      electronBinaryPath(electronPackage({ '/pkg/path.txt': 'electron\n', '/pkg/dist/electron': '' })),
    ).toBe('/pkg/dist/electron');
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH, as the electron package does', () => {
    expect(electronBinaryPath(electronPackage({}, { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' }))).toBe(
      '/opt/electron/electron',
    );
  });

  it("keeps the download's reason and drops its stack", () => {
    const output = [
      'TypeError: fetch failed',
      '    at node:internal/deps/undici/undici:14976:13',
      '    at async FetchDownloader.download (file:///x/FetchDownloader.js:46:30)',
    ].join('\n');
    expect(downloadFailureReason(output)).toBe('fetch failed');
    expect(downloadFailureReason('Error: getaddrinfo ENOTFOUND github.invalid')).toBe(
      'getaddrinfo ENOTFOUND github.invalid',
    );
    expect(downloadFailureReason('')).toBe('no reason was given');
  });

  it('says what happened, how to get Electron, and points at the browser preview', () => {
    const message = missingElectronMessage('fetch failed');
    expect(message).toContain('(fetch failed)');
    expect(message).toContain('run `npm start` again');
    expect(message).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(message).toContain('npm run preview:browser');
  });

  it('where the download fails, prints that paragraph and exits 1 with no stack trace', () => {
    // A stand-in electron package whose installer fails the way the real one does offline.
    const fakePackage = tempDirectory();
    mkdirSync(fakePackage, { recursive: true });
    writeFileSync(
      join(fakePackage, 'install.js'),
      "console.error(new TypeError('fetch failed').stack); process.exit(1);",
    );
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'main/launcher/start-electron.ts'], {
      encoding: 'utf8',
      env: { ...process.env, PASSERELLE_ELECTRON_PACKAGE: fakePackage, ELECTRON_OVERRIDE_DIST_PATH: '' },
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Passerelle could not open');
    expect(run.stderr).toContain('(fetch failed)');
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/^\s+at /m);
  });
});
