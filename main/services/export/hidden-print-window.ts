/**
 * Printing in Electron: a hidden window that can do nothing but show the page. Its options
 * are a pure function (a unit test asserts every flag), and the print itself takes its window
 * and temporary file from the caller, so it runs under Node with fakes.
 *
 * The page is loaded from a temporary file rather than a data: URL, which Chromium caps at
 * 2 MB (a log of 2,000 applications is larger); the page carries its own CSP.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import type { PaperSize } from '../../../preload/contract/channels';
import { electronPdfOptions, PDF_TIMEOUT_MS, withTimeout, type PrintPdf } from './pdf-layout';

export const PRINT_PARTITION = 'passerelle-print';
export const PRINT_FOLDER_PREFIX = 'passerelle-print-';
export const PRINT_PAGE_NAME = 'summary.html';

/**
 * The only request the print window's session lets through: the summary page itself, read
 * from its temporary folder. Even a page whose CSP was stripped could fetch nothing else.
 */
export function isPrintPageRequest(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const segments = parsed.pathname.split('/');
  return (
    parsed.protocol === 'file:' &&
    parsed.search === '' &&
    segments.at(-1) === PRINT_PAGE_NAME &&
    (segments.at(-2) ?? '').startsWith(PRINT_FOLDER_PREFIX) &&
    !segments.includes('..')
  );
}

export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 900,
    height: 1200,
    webPreferences: {
      // No preload: the page gets no bridge at all.
      sandbox: true,
      contextIsolation: true,
      javascript: false,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: false,
      // An in-memory session of its own: no cookies, cache or permissions shared with the app.
      partition: PRINT_PARTITION,
    },
  };
}

/** The few BrowserWindow calls printing needs; a fake in tests. */
export interface PrintWindow {
  loadFile(file: string): Promise<void>;
  printToPDF(options: ReturnType<typeof electronPdfOptions>): Promise<Uint8Array>;
  /** Denies every navigation and new window the page might attempt. */
  lockNavigation(): void;
  destroy(): void;
}

export interface HiddenPrinterDependencies {
  openWindow: (options: BrowserWindowConstructorOptions) => PrintWindow;
  /** Writes the page to a private temporary file; `remove` deletes it. */
  writeTemporaryPage: (html: string) => { file: string; remove: () => void };
  timeoutMs?: number;
}

export function createHiddenWindowPrinter(deps: HiddenPrinterDependencies): PrintPdf {
  return async (html: string, paper: PaperSize) => {
    const page = deps.writeTemporaryPage(html);
    const window = deps.openWindow(printWindowOptions());
    try {
      window.lockNavigation();
      const print = window.loadFile(page.file).then(() => window.printToPDF(electronPdfOptions(paper)));
      return await withTimeout(print, deps.timeoutMs ?? PDF_TIMEOUT_MS, 'printing the PDF');
    } finally {
      window.destroy();
      page.remove();
    }
  };
}
