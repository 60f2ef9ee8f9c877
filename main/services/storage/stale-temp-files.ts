/**
 * Temp files that a write killed between "create the temp file" and "rename it" leaves
 * behind. Start-up removes them, and only them: regular files in the data folder (the data
 * file's and the journal's) or its
 * backups/ and before-restore/ folders whose names are one of our files plus our temp suffix (or the suffix of
 * atomically, which earlier versions wrote with). Never a symlink, never anything else.
 * One instance runs at a time (Electron's single-instance lock), so none is in use.
 */
import { readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { parseBackupFileName } from './backup-retention';
import { entryKind } from './contained-paths';
import { TEMP_FILE_SUFFIX } from './safe-write';
import { DATA_FILE_BASENAME, JOURNAL_FILE_NAME, type StoragePaths } from './storage-paths';

const ATOMICALLY_SUFFIX = /\.tmp-\d{10}[0-9a-f]{6}$/;

/** The file a temp name was going to replace, or null when it is not one of our temp names. */
function targetOfTemp(name: string): string | null {
  for (const suffix of [TEMP_FILE_SUFFIX, ATOMICALLY_SUFFIX]) {
    if (suffix.test(name)) return name.replace(suffix, '');
  }
  return null;
}

function removeIn(directory: string, isOurs: (target: string) => boolean): string[] {
  let names: string[];
  try {
    if (entryKind(directory) !== 'directory') return [];
    names = readdirSync(directory);
  } catch {
    return []; // An unreadable folder is reported by the first write instead.
  }
  const removed: string[] = [];
  for (const name of names) {
    const target = targetOfTemp(name);
    if (target === null || !isOurs(target)) continue;
    const file = join(directory, name);
    if (entryKind(file) !== 'file') continue;
    try {
      unlinkSync(file);
      removed.push(file);
    } catch {
      // Left for the next start.
    }
  }
  return removed;
}

/** Removes leftover temp files; returns their paths (for tests and logs). */
export function removeStaleTempFiles(paths: StoragePaths): string[] {
  return [
    ...removeIn(
      paths.directory,
      (target) => target === `${DATA_FILE_BASENAME}.json` || target === JOURNAL_FILE_NAME,
    ),
    ...removeIn(paths.backupsDirectory, (target) => parseBackupFileName(target) !== null),
    ...removeIn(paths.safetyDirectory, (target) => /^passerelle-before-restore-[\d-]+\.json$/.test(target)),
  ];
}
