/**
 * Full backups out, and restores in (issue 7). A restore reads the file completely before
 * anything changes, writes a safety backup of the current data (including changes so far
 * only in the journal), then swaps the whole document in with storage.replaceDocument: the
 * data file is written atomically and a new, empty journal is started, so no change made
 * before the restore is ever replayed on top of it (see storage/compaction.ts). A file that
 * fails any check changes nothing.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'date-fns';
import type { BackupPreview, DocumentCounts, RestoreOutcome } from '../../../preload/contract/channels';
import type { PlannerDocument } from '../../../preload/contract/document';
import { fail, ok, type ApiErrorCode, type Result } from '../../../preload/contract/result';
import { ensureContainedDirectory } from '../storage/contained-paths';
import { describeError } from '../storage/file-io';
import type { StorageService } from '../storage/storage-service';
import { createBackup, readBackup, type BackupProblem } from './backup-envelope';
import { writePrivateFile } from '../files/private-file';

/** Safety copies kept: enough to undo a few restores in a row without filling the disk. */
export const SAFETY_COPIES_KEPT = 10;

const PROBLEM_CODES: Record<BackupProblem, ApiErrorCode> = {
  'too-large': 'backup-too-large',
  // No code of its own yet: the page shows "holds data Passerelle cannot use (nests deeper…)".
  'too-deep': 'backup-invalid-data',
  'not-json': 'backup-not-json',
  'not-a-backup': 'backup-not-a-backup',
  'newer-version': 'backup-newer-version',
  'checksum-mismatch': 'backup-checksum-mismatch',
  'invalid-data': 'backup-invalid-data',
};

export function countsOf(document: PlannerDocument): DocumentCounts {
  return {
    name: document.profile.name,
    domains: document.skills.targets.length,
    ratedSkills: document.skills.ratings.length,
    milestones: document.path.milestones.length,
    applications: document.applications.applications.length,
    accounts: document.budget.accounts.length,
    expenses: document.budget.expenses.length + document.budget.oneOffExpenses.length,
  };
}

/** The default name of a backup saved on `day`: dated, so a folder of them sorts itself. */
export const backupFileNameFor = (day: Date) => `passerelle-backup-${format(day, 'yyyy-MM-dd')}.json`;

export interface RestoreServiceOptions {
  storage: StorageService;
  appVersion: string;
  now: () => Date;
}

export function createRestoreService({ storage, appVersion, now }: RestoreServiceOptions) {
  function read(text: string) {
    const reading = readBackup(new TextEncoder().encode(text));
    if (!reading.ok) return { reading, refusal: fail(PROBLEM_CODES[reading.problem], reading.detail) };
    return { reading, refusal: null };
  }

  function keepSafetyCopy(): string {
    const directory = storage.paths.safetyDirectory;
    // A symlinked before-restore/ is refused: the copy would land wherever it points.
    ensureContainedDirectory(directory);
    const file = join(directory, `passerelle-before-restore-${format(now(), 'yyyy-MM-dd-HHmmss-SSS')}.json`);
    writePrivateFile(file, createBackup(storage.current(), appVersion, now()));
    // Names sort by time, so the oldest copies come first.
    const copies = readdirSync(directory)
      .filter((name) => name.startsWith('passerelle-before-restore-'))
      .sort();
    for (const old of copies.slice(0, -SAFETY_COPIES_KEPT)) rmSync(join(directory, old), { force: true });
    return file;
  }

  return {
    /** The whole current document as backup text. */
    backupText: (): string => createBackup(storage.current(), appVersion, now()),

    inspect(text: string): Result<BackupPreview> {
      const { reading, refusal } = read(text);
      if (!reading.ok) return refusal ?? fail('internal', 'unreadable backup');
      return ok({
        exportedAt: reading.exportedAt,
        appVersion: reading.appVersion,
        migratedFrom: reading.migratedFrom,
        incoming: countsOf(reading.document),
        current: countsOf(storage.current()),
      });
    },

    restore(text: string): Result<RestoreOutcome> {
      const { reading, refusal } = read(text);
      if (!reading.ok) return refusal ?? fail('internal', 'unreadable backup');
      let safetyCopy: string;
      try {
        safetyCopy = keepSafetyCopy();
      } catch (error) {
        // Without a safety copy there is no way back, so nothing is replaced.
        return fail('file-write-failed', describeError(error));
      }
      const replaced = storage.replaceDocument(reading.document);
      if (!replaced.ok) return replaced;
      return ok({ document: storage.current(), safetyCopy });
    },
  };
}

export type RestoreService = ReturnType<typeof createRestoreService>;
