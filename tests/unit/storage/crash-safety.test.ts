import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createBackupStore } from '../../../main/services/storage/backup-store';
import { loadDocument } from '../../../main/services/storage/load-document';
import { storagePaths } from '../../../main/services/storage/storage-paths';
import { useTempDirectories } from '../../support/temp-dir';

const tempDirectory = useTempDirectories();
const child = fileURLToPath(new URL('../../support/crash-writer-child.ts', import.meta.url));

/** Starts the writer, waits until it is looping, lets it write for `ms`, then SIGKILLs it. */
function runAndKill(directory: string, mode: string, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const writer = spawn(process.execPath, ['--import', 'tsx', child, directory, mode], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let errors = '';
    writer.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    writer.stdout.once('data', () => setTimeout(() => writer.kill('SIGKILL'), ms));
    writer.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`writer ended without being killed: ${errors}`)),
    );
  });
}

const counterIn = (name: string) => Number(/\d+/.exec(name)?.[0] ?? 0);

/**
 * What the next start reads, without writing anything but quarantine copies: the data file,
 * then the journal replayed on it.
 */
function nextStart(directory: string) {
  const paths = storagePaths(directory);
  return loadDocument(paths, createBackupStore(paths.backupsDirectory), new Date(2026, 10, 21, 10));
}

describe.each([
  ['whole', 'every save followed by a compaction (data file rewritten, journal restarted)'],
  ['journal', 'saves appended to the journal, compacted every 25'],
])('a crash while saving, mode %s: %s', (mode) => {
  it('always leaves files that load cleanly and hold a complete saved state, never an older one', async () => {
    const directory = tempDirectory();
    let lastCounter = 0;
    // Kill moments spread from almost-immediate to well into the loop.
    const delays = [1, 3, 7, 12, 20, 33, 50, 75, 110, 160];
    for (const delay of delays) {
      await runAndKill(directory, mode, delay);
      const outcome = nextStart(directory);
      const after = `after a kill at ${delay} ms`;
      // No damage to report: at worst a torn last line, or a journal the data file already holds.
      expect(outcome.recovery, after).toBeNull();
      expect(outcome.loadedCleanly, after).toBe(true);
      expect(outcome.journal.badLine, after).toBeNull();
      expect(outcome.document.profile.previousRole, after).toBe('x'.repeat(150));
      const counter = counterIn(outcome.document.profile.name);
      // Each run starts from what the last one left: the state never goes backwards.
      expect(counter, after).toBeGreaterThanOrEqual(lastCounter);
      lastCounter = counter;
    }
    expect(lastCounter).toBeGreaterThan(delays.length);
  }, 240_000);
});
