/**
 * Child process for the real-disk tests: in `directory` (a tiny tmpfs, or any folder when
 * `fsizeLimit` caps how large a file this process may write), saves a small planner, then
 * tries to save a large one, and prints what happened as one JSON line.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createStorageService } from '../../main/services/storage/storage-service';
import { documentWith } from './documents';
import { sha256 } from './fixtures';

// Past RLIMIT_FSIZE the kernel sends SIGXFSZ, which kills by default; handled, the write
// fails with EFBIG instead, as a full disk fails with ENOSPC.
process.on('SIGXFSZ', () => undefined);

const [directory = '', fsizeLimit] = process.argv.slice(2);
const now = () => new Date(2026, 10, 21, 14, 0, 0);
const storage = createStorageService({ directory, now });
storage.load();
const seeded = storage.replaceDocument(documentWith('Before', '', 1));
if (!seeded.ok) throw new Error(`could not seed: ${seeded.error.message}`);

const snapshot = () => {
  const files: Record<string, string> = {};
  for (const folder of [directory, storage.paths.backupsDirectory]) {
    for (const name of readdirSync(folder, { withFileTypes: true })) {
      if (name.isFile()) files[join(folder, name.name)] = sha256(readFileSync(join(folder, name.name)));
    }
  }
  return files;
};
const before = snapshot();

if (fsizeLimit)
  execFileSync('prlimit', ['--pid', String(process.pid), `--fsize=${fsizeLimit}:${fsizeLimit}`]);

const statuses: string[] = [];
storage.onStatus((status) => statuses.push(status.state));
const big = storage.replaceDocument(documentWith('After', 'x'.repeat(400), 300));
const reloaded = createStorageService({ directory, now }).load();

process.stdout.write(
  `${JSON.stringify({
    saved: big.ok,
    error: big.ok ? null : big.error.message,
    statuses,
    filesUnchanged: JSON.stringify(snapshot()) === JSON.stringify(before),
    nameAfterReload: reloaded.document.profile.name,
    recovery: reloaded.recovery,
  })}\n`,
);
