/**
 * The one way Passerelle writes a file it must not lose: the data file, rolling backups,
 * safety copies before a restore, and exports. A write either leaves the complete new bytes
 * in place or throws and leaves the previous file exactly as it was; it is never reported
 * as done when the disk ran out of space part-way.
 *
 * Steps: refuse a symlink at the target; create a new temp file beside it (O_EXCL, and
 * O_NOFOLLOW where the OS has it); write in a loop that checks every returned length (a
 * short write is normal when a disk fills; zero progress is a failure); fsync; read the temp
 * file back and compare it byte for byte; only then rename it over the target; fsync the
 * folder so the rename itself survives a power cut. Any failure removes the temp file.
 *
 * Why not atomically (what conf and electron-store use): its writeFileSync ignores the byte
 * count writeSync returns, so a short write on a full disk is renamed over the good file;
 * it resolves the target with realpath, so a symlinked data file is written wherever the
 * link points; and it neither reads back nor fsyncs the folder. The file system calls are
 * passed in so tests can make a disk that fills up, lies, or fails at any step.
 */
import * as fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname } from 'node:path';
import { PRIVATE_FILE_MODE } from './storage-paths';

export interface FileStat {
  isFile(): boolean;
  isSymbolicLink(): boolean;
  isDirectory(): boolean;
}

/** The file system calls the safe writer and the data-folder guards use. */
export interface FileSystem {
  openSync(path: string, flags: number | string, mode?: number): number;
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  readFileSync(path: string): Buffer;
  renameSync(from: string, to: string): void;
  unlinkSync(path: string): void;
  /** Without following a symlink; undefined when nothing is there. */
  lstatSync(path: string): FileStat | undefined;
}

export const nodeFileSystem: FileSystem = {
  openSync: (path, flags, mode) => fs.openSync(path, flags, mode),
  writeSync: (fd, buffer, offset, length) => fs.writeSync(fd, buffer, offset, length),
  fsyncSync: (fd) => fs.fsyncSync(fd),
  closeSync: (fd) => fs.closeSync(fd),
  readFileSync: (path) => fs.readFileSync(path),
  renameSync: (from, to) => fs.renameSync(from, to),
  unlinkSync: (path) => fs.unlinkSync(path),
  lstatSync: (path) => fs.lstatSync(path, { throwIfNoEntry: false }),
};

export type SafeWriteProblem = 'short-write' | 'read-back-mismatch' | 'symlink-refused' | 'not-a-file';

/** A write we refused or caught failing; `code` reads like an errno in messages and logs. */
export class SafeWriteError extends Error {
  constructor(
    readonly code: SafeWriteProblem,
    message: string,
  ) {
    super(message);
    this.name = 'SafeWriteError';
  }
}

/** Our temp files: `<target>.tmp-<pid base 36>-<8 hex>`; see stale-temp-files.ts. */
export const TEMP_FILE_SUFFIX = /\.tmp-[0-9a-z]{1,13}-[0-9a-f]{8}$/;
const tempPathFor = (file: string) =>
  `${file}.tmp-${process.pid.toString(36)}-${randomBytes(4).toString('hex')}`;

const { O_WRONLY, O_CREAT, O_EXCL } = fs.constants;
// Undefined on Windows, where there is nothing to add.
const O_NOFOLLOW = (fs.constants as { O_NOFOLLOW?: number }).O_NOFOLLOW ?? 0;
const NEW_FILE_FLAGS = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW;

/** Errors that mean "this OS or file system cannot fsync a folder", not "the data is at risk". */
const FOLDER_FSYNC_UNSUPPORTED = new Set(['EISDIR', 'EINVAL', 'ENOTSUP', 'EPERM', 'EACCES', 'EBADF']);

/** Throws when `file` is a symlink or something other than a regular file. */
export function refuseNonRegularTarget(file: string, fileSystem: FileSystem = nodeFileSystem): void {
  const stat = fileSystem.lstatSync(file);
  if (!stat) return;
  if (stat.isSymbolicLink())
    throw new SafeWriteError('symlink-refused', `${basename(file)} is a symbolic link; it is not followed`);
  if (!stat.isFile()) throw new SafeWriteError('not-a-file', `${basename(file)} is not a regular file`);
}

/** Writes every byte or throws: a short write is retried, no progress at all is a failure. */
export function writeAll(fileSystem: FileSystem, fd: number, bytes: Uint8Array, temp: string): void {
  let offset = 0;
  while (offset < bytes.length) {
    const written = fileSystem.writeSync(fd, bytes, offset, bytes.length - offset);
    if (!Number.isInteger(written) || written <= 0 || written > bytes.length - offset) {
      throw new SafeWriteError(
        'short-write',
        `wrote ${offset} of ${bytes.length} bytes to ${basename(temp)} (the disk may be full)`,
      );
    }
    offset += written;
  }
}

function fsyncFolder(fileSystem: FileSystem, folder: string): void {
  if (process.platform === 'win32') return; // Windows cannot open a folder for fsync.
  let fd: number | null = null;
  try {
    fd = fileSystem.openSync(folder, 'r');
    fileSystem.fsyncSync(fd);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (!FOLDER_FSYNC_UNSUPPORTED.has(code)) throw error;
  } finally {
    if (fd !== null) fileSystem.closeSync(fd);
  }
}

function removeQuietly(fileSystem: FileSystem, file: string): void {
  try {
    fileSystem.unlinkSync(file);
  } catch {
    // Already gone, or the disk is in trouble; start-up cleans leftovers (stale-temp-files).
  }
}

export interface SafeWriteOptions {
  mode?: number;
  fileSystem?: FileSystem;
}

export function writeFileSafely(file: string, content: string | Uint8Array, options: SafeWriteOptions = {}) {
  const fileSystem = options.fileSystem ?? nodeFileSystem;
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  refuseNonRegularTarget(file, fileSystem);
  const temp = tempPathFor(file);
  let fd: number | null = fileSystem.openSync(temp, NEW_FILE_FLAGS, options.mode ?? PRIVATE_FILE_MODE);
  let renamed = false;
  try {
    writeAll(fileSystem, fd, bytes, temp);
    fileSystem.fsyncSync(fd);
    fileSystem.closeSync(fd);
    fd = null;
    // After fsync, the bytes the file system holds must be exactly the ones we meant.
    const readBack = fileSystem.readFileSync(temp);
    if (!Buffer.from(bytes).equals(readBack)) {
      throw new SafeWriteError(
        'read-back-mismatch',
        `${basename(temp)} holds ${readBack.length} bytes that differ from the ${bytes.length} written`,
      );
    }
    fileSystem.renameSync(temp, file);
    renamed = true;
  } finally {
    if (fd !== null) {
      try {
        fileSystem.closeSync(fd);
      } catch {
        // The write already failed; that error is the one to report.
      }
    }
    if (!renamed) removeQuietly(fileSystem, temp);
  }
  fsyncFolder(fileSystem, dirname(file));
}
