/**
 * The same guarantee on a real kernel, not a simulated one: a 64 KB tmpfs that really fills
 * (ENOSPC), and a file-size limit (RLIMIT_FSIZE) under which the kernel really writes short
 * and then refuses (EFBIG). Both need what a CI runner may not allow (user namespaces to
 * mount, or util-linux's prlimit); where it is missing the test says why and is skipped. The
 * injected disks in full-disk.test.ts prove the same behaviour everywhere.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTempDirectories } from '../../support/temp-dir';

const tempDirectory = useTempDirectories();
const child = fileURLToPath(new URL('../../support/full-disk-child.ts', import.meta.url));

interface ChildReport {
  saved: boolean;
  error: string | null;
  statuses: string[];
  filesUnchanged: boolean;
  nameAfterReload: string;
  recovery: unknown;
}

function run(command: string, args: string[]): { report: ChildReport | null; why: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 60_000 });
  const line = result.stdout?.trim().split('\n').pop() ?? '';
  if (result.status === 0 && line.startsWith('{'))
    return { report: JSON.parse(line) as ChildReport, why: '' };
  return { report: null, why: (result.error?.message ?? result.stderr ?? '').trim().split('\n')[0] ?? '' };
}

function expectNothingLost(report: ChildReport, errno: string): void {
  expect(report.saved).toBe(false);
  expect(report.error).toContain(errno);
  expect(report.statuses).toEqual(['failed']);
  expect(report.filesUnchanged).toBe(true);
  expect(report.nameAfterReload).toBe('Before');
  expect(report.recovery).toBeNull();
}

describe.runIf(process.platform === 'linux')('a save on a really full disk', () => {
  it('on a 64 KB tmpfs: ENOSPC is reported as failed and the saved file and backups stay whole', (context) => {
    const directory = tempDirectory();
    const script = 'mount -t tmpfs -o size=64k tmpfs "$1" && exec "$2" --import tsx "$3" "$1"';
    const { report, why } = run('unshare', [
      '--user',
      '--map-root-user',
      '--mount',
      'sh',
      '-c',
      script,
      'sh',
      directory,
      process.execPath,
      child,
    ]);
    if (!report) {
      console.warn(`Skipped the tmpfs test: mounting a tmpfs is not permitted here (${why}).`);
      context.skip();
      return;
    }
    expectNothingLost(report, 'ENOSPC');
  }, 60_000);

  it('under a 64 KiB file-size limit: the kernel writes short, then refuses; nothing is lost', (context) => {
    const { report, why } = run(process.execPath, ['--import', 'tsx', child, tempDirectory(), '65536']);
    if (!report) {
      console.warn(`Skipped the file-size-limit test: prlimit is not available here (${why}).`);
      context.skip();
      return;
    }
    expectNothingLost(report, 'EFBIG');
  }, 60_000);
});
