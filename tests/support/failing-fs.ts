/**
 * File systems for tests that make a disk fill up, write short, lie or fail at one step.
 * Each wraps Node's real calls, so everything else behaves as on a real disk.
 */
import { writeSync } from 'node:fs';
import { nodeFileSystem, type FileSystem } from '../../main/services/storage/safe-write';

export const enospc = () =>
  Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

/** A disk with `freeBytes` left: writes stop there, partly, then fail with ENOSPC. */
export function diskWithRoom(freeBytes: number): FileSystem & { free: (bytes: number) => void } {
  let room = freeBytes;
  return {
    ...nodeFileSystem,
    writeSync(fd, buffer, offset, length) {
      if (room <= 0) throw enospc();
      const written = writeSync(fd, buffer, offset, Math.min(length, room));
      room -= written;
      return written;
    },
    free: (bytes) => (room = bytes),
  };
}

/** A writer that accepts part of each write and then reports no progress at all. */
export const stallingWriter = (bytesBeforeStall: number): FileSystem => {
  let left = bytesBeforeStall;
  return {
    ...nodeFileSystem,
    writeSync(fd, buffer, offset, length) {
      const written = left > 0 ? writeSync(fd, buffer, offset, Math.min(length, left)) : 0;
      left -= written;
      return written;
    },
  };
};

/** A writer that says it wrote everything but only half reached the file (a lying disk). */
export const lyingWriter: FileSystem = {
  ...nodeFileSystem,
  writeSync(fd, buffer, offset, length) {
    writeSync(fd, buffer, offset, Math.ceil(length / 2));
    return length;
  },
};

/** Legal partial writes: at most `chunk` bytes a call, as a busy disk may do. */
export const chunkedWriter = (chunk: number): FileSystem => ({
  ...nodeFileSystem,
  writeSync: (fd, buffer, offset, length) => writeSync(fd, buffer, offset, Math.min(length, chunk)),
});

/** Node's calls, each logged as `name basename` so tests can check their order. */
export function loggingFileSystem(log: string[]): FileSystem {
  const name = (path: string) => path.split(/[\\/]/).pop() ?? path;
  return {
    ...nodeFileSystem,
    openSync: (path, flags, mode) => {
      log.push(`open ${name(path)}`);
      return nodeFileSystem.openSync(path, flags, mode);
    },
    fsyncSync: (fd) => {
      log.push('fsync');
      nodeFileSystem.fsyncSync(fd);
    },
    readFileSync: (path) => {
      log.push(`read ${name(path)}`);
      return nodeFileSystem.readFileSync(path);
    },
    renameSync: (from, to) => {
      log.push(`rename ${name(from)} -> ${name(to)}`);
      nodeFileSystem.renameSync(from, to);
    },
  };
}
