import { join } from 'node:path';

/** Where everything lives inside the data folder (Electron's userData, or PASSERELLE_DATA_DIR). */
export interface StoragePaths {
  directory: string;
  dataFile: string;
  backupsDirectory: string;
  quarantineDirectory: string;
}

/** conf/electron-store name the file `${configName}.json`; keep the two in step. */
export const DATA_FILE_BASENAME = 'passerelle-data';

export function storagePaths(directory: string): StoragePaths {
  return {
    directory,
    dataFile: join(directory, `${DATA_FILE_BASENAME}.json`),
    backupsDirectory: join(directory, 'backups'),
    quarantineDirectory: join(directory, 'quarantine'),
  };
}

/** Personal data: readable by the user only, where the OS honours modes. */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIRECTORY_MODE = 0o700;
