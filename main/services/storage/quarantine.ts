/**
 * Keeps a byte-identical copy of a data file we could not use, so recovery never destroys
 * anything: the user (or we, with them) can still rescue it by hand.
 */
import { constants, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'date-fns';
import type { RecoveryReason } from '../../../preload/contract/channels';
import { ensurePrivateDirectory } from './file-io';
import { DATA_FILE_BASENAME } from './storage-paths';

export function quarantineCopy(
  dataFile: string,
  quarantineDirectory: string,
  reason: RecoveryReason,
  now: Date,
): string {
  ensurePrivateDirectory(quarantineDirectory);
  const stamp = format(now, "yyyyMMdd'T'HHmmssSSS");
  const target = join(quarantineDirectory, `${DATA_FILE_BASENAME}-${stamp}-${reason}.json`);
  // COPYFILE_EXCL: never overwrite an earlier quarantined copy.
  copyFileSync(dataFile, target, constants.COPYFILE_EXCL);
  return target;
}
