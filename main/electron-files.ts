/**
 * The Electron edges of exporting: the native save dialog, and the hidden window the PDF is
 * printed in. The logic (what the window may do, the timeout, where files go) lives in
 * services/ and is tested under Node; this file only adapts Electron's objects to it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { extname, join } from 'node:path';
import { app, BrowserWindow, dialog, session } from 'electron';
import type { ChooseTarget } from './services/files/file-saver';
import { writePrivateFile } from './services/files/private-file';
import {
  createHiddenWindowPrinter,
  isPrintPageRequest,
  PRINT_FOLDER_PREFIX,
  PRINT_PAGE_NAME,
  PRINT_PARTITION,
  type PrintWindow,
} from './services/export/hidden-print-window';

const FILTERS: Record<string, Electron.FileFilter> = {
  '.pdf': { name: 'PDF', extensions: ['pdf'] },
  '.md': { name: 'Markdown', extensions: ['md'] },
  '.csv': { name: 'CSV', extensions: ['csv'] },
  '.ics': { name: 'iCalendar', extensions: ['ics'] },
  '.json': { name: 'JSON', extensions: ['json'] },
};

export function nativeSaveDialog(parent: () => BrowserWindow | null): ChooseTarget {
  return async (suggestedPath) => {
    const filter = FILTERS[extname(suggestedPath).toLowerCase()];
    const options: Electron.SaveDialogOptions = {
      defaultPath: suggestedPath,
      filters: filter ? [filter] : [],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const owner = parent();
    const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    return choice.canceled || !choice.filePath ? null : choice.filePath;
  };
}

function openPrintWindow(options: Electron.BrowserWindowConstructorOptions): PrintWindow {
  const window = new BrowserWindow(options);
  const contents = window.webContents;
  return {
    loadFile: (file) => window.loadFile(file),
    printToPDF: async (pdfOptions) => new Uint8Array(await contents.printToPDF(pdfOptions)),
    lockNavigation: () => {
      contents.on('will-navigate', (event) => event.preventDefault());
      contents.on('will-redirect', (event) => event.preventDefault());
      contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    },
    destroy: () => {
      if (!window.isDestroyed()) window.destroy();
    },
  };
}

function writeTemporaryPage(html: string) {
  const folder = mkdtempSync(join(app.getPath('temp'), PRINT_FOLDER_PREFIX));
  const file = join(folder, PRINT_PAGE_NAME);
  writePrivateFile(file, html);
  return { file, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/** The print window's session: no permissions, and no request but the summary page. */
function lockPrintSession(): void {
  const printing = session.fromPartition(PRINT_PARTITION);
  printing.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  printing.setPermissionCheckHandler(() => false);
  printing.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isPrintPageRequest(details.url) }),
  );
}

/** Call once the app is ready (sessions exist only then). */
export function electronPrinter() {
  lockPrintSession();
  return createHiddenWindowPrinter({ openWindow: openPrintWindow, writeTemporaryPage });
}
