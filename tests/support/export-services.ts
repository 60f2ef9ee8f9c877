/**
 * What the Node test harnesses pass for saving and printing: files go to the data folder's
 * exports/ (as in the browser preview), and printing returns a tiny stand-in PDF, since
 * these harnesses test the bridge, not Chromium (the end-to-end suite prints for real).
 */
import { storagePaths } from '../../main/services/storage/storage-paths';
import { saveIntoFolder } from '../../main/services/files/save-into-folder';

export const STAND_IN_PDF = new TextEncoder().encode('%PDF-1.7 stand-in\n');

export function exportServicesFor(directory: string) {
  const { exportsDirectory } = storagePaths(directory);
  return {
    chooseSaveTarget: saveIntoFolder(exportsDirectory),
    defaultSaveFolder: exportsDirectory,
    printPdf: () => Promise.resolve(STAND_IN_PDF),
  };
}

/** The directory plus its export services, for harnesses that make the folder inline. */
export const withExports = (directory: string) => ({ directory, ...exportServicesFor(directory) });
