/**
 * The data folder's own subfolders (backups/, quarantine/, before-restore/) must be real
 * folders inside it: a symlink there would send backups, quarantined copies or safety copies
 * (personal data) wherever the link points, or read backups from there. So they are checked
 * with lstat, never followed, and refused when they are links.
 */
import { mkdirSync } from 'node:fs';
import { basename } from 'node:path';
import { nodeFileSystem, SafeWriteError, type FileSystem } from './safe-write';
import { PRIVATE_DIRECTORY_MODE } from './storage-paths';

/** What is at `path`, seen without following a symlink. */
export function entryKind(
  path: string,
  fileSystem: FileSystem = nodeFileSystem,
): 'missing' | 'file' | 'directory' | 'symlink' | 'other' {
  const stat = fileSystem.lstatSync(path);
  if (!stat) return 'missing';
  if (stat.isSymbolicLink()) return 'symlink';
  if (stat.isFile()) return 'file';
  return stat.isDirectory() ? 'directory' : 'other';
}

/** Throws unless `directory` is missing or a real folder (not a link to one). */
export function refuseLinkedDirectory(directory: string, fileSystem: FileSystem = nodeFileSystem): void {
  const kind = entryKind(directory, fileSystem);
  if (kind === 'symlink')
    throw new SafeWriteError(
      'symlink-refused',
      `${basename(directory)}/ is a symbolic link; it is not followed`,
    );
  if (kind !== 'missing' && kind !== 'directory')
    throw new SafeWriteError('not-a-file', `${basename(directory)} is not a folder`);
}

/** Creates a private subfolder of the data folder, refusing one that is a symlink. */
export function ensureContainedDirectory(directory: string, fileSystem: FileSystem = nodeFileSystem): void {
  refuseLinkedDirectory(directory, fileSystem);
  mkdirSync(directory, { recursive: true, mode: PRIVATE_DIRECTORY_MODE });
  // Checked again: mkdir with `recursive` succeeds quietly on a link to a folder.
  refuseLinkedDirectory(directory, fileSystem);
}
