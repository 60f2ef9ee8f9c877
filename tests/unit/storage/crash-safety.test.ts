import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inspectDocumentBytes } from '../../../main/services/storage/inspect-document';
import { storagePaths } from '../../../main/services/storage/storage-paths';
import { useTempDirectories } from '../../support/temp-dir';

const tempDirectory = useTempDirectories();
const child = fileURLToPath(new URL('../../support/crash-writer-child.ts', import.meta.url));

/** Starts the writer, waits until it is looping, lets it write for `ms`, then SIGKILLs it. */
function runAndKill(directory: string, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const writer = spawn(process.execPath, ['--import', 'tsx', child, directory], {
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

describe('a crash while saving', () => {
  it('always leaves a file that parses and holds a complete saved state', async () => {
    const directory = tempDirectory();
    const { dataFile } = storagePaths(directory);
    let lastCounter = 0;
    // Kill moments spread from almost-immediate to well into the loop.
    const delays = [1, 3, 7, 12, 20, 33, 50, 75, 110, 160];
    for (const delay of delays) {
      await runAndKill(directory, delay);
      const inspection = inspectDocumentBytes(readFileSync(dataFile));
      expect(inspection.ok, `after a kill at ${delay} ms`).toBe(true);
      if (!inspection.ok) return;
      const counter = counterIn(inspection.document.profile.name);
      // Each run starts from what the last one left: the state never goes backwards.
      expect(counter).toBeGreaterThanOrEqual(lastCounter);
      lastCounter = counter;
    }
    expect(lastCounter).toBeGreaterThan(delays.length);
  }, 120_000);
});
