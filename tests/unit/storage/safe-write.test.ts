import { readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFileSystem, writeFileSafely } from '../../../main/services/storage/safe-write';
import { writePrivateFile } from '../../../main/services/files/private-file';
import {
  chunkedWriter,
  diskWithRoom,
  enospc,
  loggingFileSystem,
  lyingWriter,
  stallingWriter,
} from '../../support/failing-fs';
import { useTempDirectories } from '../../support/temp-dir';

const tempDirectory = useTempDirectories();
const OLD = '{"saved":"before"}\n';
const NEW = `{"saved":"after","padding":"${'x'.repeat(4000)}"}\n`;

/** A folder holding `target.json` with the old content. */
function folderWithOldFile() {
  const directory = tempDirectory();
  const file = join(directory, 'target.json');
  writeFileSync(file, OLD);
  return { directory, file };
}

describe('the safe writer', () => {
  it('replaces the file with exactly the new bytes and leaves no temp file', () => {
    const { directory, file } = folderWithOldFile();
    writeFileSafely(file, NEW);
    expect(readFileSync(file, 'utf8')).toBe(NEW);
    expect(readdirSync(directory)).toEqual(['target.json']);
  });

  it('keeps writing through legal partial writes until every byte is down', () => {
    const { file } = folderWithOldFile();
    writeFileSafely(file, NEW, { fileSystem: chunkedWriter(512) });
    expect(readFileSync(file, 'utf8')).toBe(NEW);
  });

  const failures = [
    ['the disk fills part-way (ENOSPC)', diskWithRoom(1000), /ENOSPC/],
    ['a write makes no progress (short write)', stallingWriter(1000), /wrote 1000 of \d+ bytes/],
    ['the disk says it wrote everything but did not (read-back)', lyingWriter, /differ/],
    [
      'fsync fails',
      {
        ...nodeFileSystem,
        fsyncSync: () => {
          throw Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' });
        },
      },
      /EIO/,
    ],
    [
      'the rename fails',
      {
        ...nodeFileSystem,
        renameSync: () => {
          throw enospc();
        },
      },
      /ENOSPC/,
    ],
  ] as const;

  it.each(failures)('throws when %s, keeping the previous file and removing the temp file', (_, fs, why) => {
    const { directory, file } = folderWithOldFile();
    expect(() => writeFileSafely(file, NEW, { fileSystem: fs })).toThrow(why);
    expect(readFileSync(file, 'utf8')).toBe(OLD);
    expect(readdirSync(directory)).toEqual(['target.json']);
  });

  it('syncs the temp file and reads it back before the rename, then syncs the folder', () => {
    const { directory, file } = folderWithOldFile();
    const log: string[] = [];
    writeFileSafely(file, NEW, { fileSystem: loggingFileSystem(log) });
    const steps = log.map((step) => step.replace(/\.tmp-[0-9a-z]+-[0-9a-f]{8}/g, '.tmp'));
    const folder = directory.split('/').pop() ?? '';
    expect(steps).toEqual([
      'open target.json.tmp',
      'fsync',
      'read target.json.tmp',
      'rename target.json.tmp -> target.json',
      ...(process.platform === 'win32' ? [] : [`open ${folder}`, 'fsync']),
    ]);
  });

  it('refuses to write through a symlink, leaving the file it points to untouched', () => {
    const { directory } = folderWithOldFile();
    const outside = join(tempDirectory(), 'elsewhere.json');
    writeFileSync(outside, OLD);
    const link = join(directory, 'linked.json');
    symlinkSync(outside, link);
    expect(() => writeFileSafely(link, NEW)).toThrow(/symbolic link/);
    expect(readFileSync(outside, 'utf8')).toBe(OLD);
  });

  it('is what exports use: a full disk is an error and the earlier export stays whole', () => {
    const { file } = folderWithOldFile();
    expect(() => writePrivateFile(file, NEW, diskWithRoom(100))).toThrow(/ENOSPC/);
    expect(readFileSync(file, 'utf8')).toBe(OLD);
  });
});
