import { join } from 'node:path';

/** Where everything lives inside the data folder (Electron's userData, or PASSERELLE_DATA_DIR). */
export interface StoragePaths {
  directory: string;
  dataFile: string;
  /** The changes since the data file was last written whole, one line each (journal-format.ts). */
  journalFile: string;
  backupsDirectory: string;
  quarantineDirectory: string;
  /** The data as it was just before each restore, as full backups the user can restore. */
  safetyDirectory: string;
  /** Where the browser preview saves exports (Electron asks the user with a save dialog). */
  exportsDirectory: string;
}

/** conf/electron-store name the file `${configName}.json`; keep the two in step. */
export const DATA_FILE_BASENAME = 'passerelle-data';
export const JOURNAL_FILE_NAME = 'passerelle-journal.jsonl';

export function storagePaths(directory: string): StoragePaths {
  return {
    directory,
    dataFile: join(directory, `${DATA_FILE_BASENAME}.json`),
    journalFile: join(directory, JOURNAL_FILE_NAME),
    backupsDirectory: join(directory, 'backups'),
    quarantineDirectory: join(directory, 'quarantine'),
    safetyDirectory: join(directory, 'before-restore'),
    exportsDirectory: join(directory, 'exports'),
  };
}

/** Personal data: readable by the user only, where the OS honours modes. */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIRECTORY_MODE = 0o700;
