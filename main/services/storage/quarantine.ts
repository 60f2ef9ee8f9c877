/**
 * Keeps a byte-identical copy of a data file we could not use, so recovery never destroys
 * anything: the user (or we, with them) can still rescue it by hand.
 *
 * quarantine/ must be a real folder inside the data folder (a symlinked one is refused), and
 * only a regular file is ever copied. A data file that is a symlink is not followed: we
 * write a note saying where it pointed, then take the link (only the link) away.
 */
import { constants, copyFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'date-fns';
import type { RecoveryReason } from '../../../preload/contract/channels';
import { ensureContainedDirectory, entryKind } from './contained-paths';
import { nodeFileSystem, SafeWriteError, writeFileSafely, type FileSystem } from './safe-write';
import { DATA_FILE_BASENAME } from './storage-paths';

/** Why a journal was copied aside rather than replayed in full (see load-journal.ts). */
export type JournalSetAsideReason = 'damaged' | 'stale' | 'orphaned' | 'unmigratable' | 'symlink';

const JOURNAL_BASENAME = 'passerelle-journal';

const stampOf = (now: Date) => format(now, "yyyyMMdd'T'HHmmssSSS");

export function quarantineCopy(
  dataFile: string,
  quarantineDirectory: string,
  reason: RecoveryReason | JournalSetAsideReason,
  now: Date,
  fileSystem: FileSystem = nodeFileSystem,
  kind: 'data' | 'journal' = 'data',
): string {
  if (entryKind(dataFile, fileSystem) !== 'file') {
    throw new SafeWriteError('not-a-file', `${dataFile} is not a regular file; it was not copied`);
  }
  ensureContainedDirectory(quarantineDirectory, fileSystem);
  const name =
    kind === 'data'
      ? `${DATA_FILE_BASENAME}-${stampOf(now)}-${reason}.json`
      : `${JOURNAL_BASENAME}-${stampOf(now)}-${reason}.jsonl`;
  const target = join(quarantineDirectory, name);
  // COPYFILE_EXCL: never overwrite an earlier quarantined copy (nor follow a link placed there).
  copyFileSync(dataFile, target, constants.COPYFILE_EXCL);
  return target;
}

/**
 * For a data file that is a symlink: a note in quarantine/ saying where the link pointed,
 * written before the link is removed, so the user can find that file again. The link's
 * target is never opened. Returns the note's path.
 */
export function quarantineSymlinkNote(
  dataFile: string,
  quarantineDirectory: string,
  now: Date,
  fileSystem: FileSystem = nodeFileSystem,
  kind: 'data' | 'journal' = 'data',
): string {
  ensureContainedDirectory(quarantineDirectory, fileSystem);
  const base = kind === 'data' ? DATA_FILE_BASENAME : JOURNAL_BASENAME;
  const note = join(quarantineDirectory, `${base}-${stampOf(now)}-symlink.txt`);
  const pointedAt = readlinkSync(dataFile);
  writeFileSafely(
    note,
    [
      `${dataFile} was a symbolic link, not a file.`,
      `It pointed to: ${pointedAt}`,
      'Passerelle never follows a link out of its data folder, so it did not read or change that file.',
      kind === 'data'
        ? 'The link was removed and your data was restored from the newest valid backup, if there was one.'
        : 'The link was removed and your data file was opened without the changes a journal would have added.',
      'To use that file again, quit Passerelle and put a copy of it (not a link) in place of the data file.',
      '',
    ].join('\n'),
    { fileSystem },
  );
  return note;
}
