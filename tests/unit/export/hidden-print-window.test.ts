import { describe, expect, it } from 'vitest';
import {
  createHiddenWindowPrinter,
  isPrintPageRequest,
  printWindowOptions,
  type PrintWindow,
} from '../../../main/services/export/hidden-print-window';
import { electronPdfOptions, PAGE_NUMBER_FOOTER } from '../../../main/services/export/pdf-layout';

function fakeWindow(print: () => Promise<Uint8Array>) {
  const calls: string[] = [];
  const window: PrintWindow = {
    lockNavigation: () => void calls.push('lock'),
    loadFile: (file) => {
      calls.push(`load ${file}`);
      return Promise.resolve();
    },
    printToPDF: (options) => {
      calls.push(`print ${options.pageSize}`);
      return print();
    },
    destroy: () => void calls.push('destroy'),
  };
  return { window, calls };
}

function printerWith(print: () => Promise<Uint8Array>, timeoutMs = 1000) {
  const { window, calls } = fakeWindow(print);
  const printer = createHiddenWindowPrinter({
    openWindow: (options) => {
      calls.push(`open sandbox=${String(options.webPreferences?.sandbox)}`);
      return window;
    },
    writeTemporaryPage: () => ({ file: '/tmp/page.html', remove: () => void calls.push('remove page') }),
    timeoutMs,
  });
  return { printer, calls };
}

describe('the hidden print window', () => {
  it('can run no script, has no bridge and keeps nothing from the app', () => {
    const options = printWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      javascript: false,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
      partition: 'passerelle-print',
    });
    expect(options.webPreferences).not.toHaveProperty('preload');
  });

  it('prints the chosen paper with backgrounds and page numbers', () => {
    expect(electronPdfOptions('Letter')).toMatchObject({
      pageSize: 'Letter',
      printBackground: true,
      displayHeaderFooter: true,
      footerTemplate: PAGE_NUMBER_FOOTER,
    });
  });

  it('locks navigation before loading, then cleans up after printing', async () => {
    const { printer, calls } = printerWith(() => Promise.resolve(new Uint8Array([37, 80, 68, 70])));
    expect(await printer('<p>x</p>', 'A4')).toEqual(new Uint8Array([37, 80, 68, 70]));
    expect(calls).toEqual([
      'open sandbox=true',
      'lock',
      'load /tmp/page.html',
      'print A4',
      'destroy',
      'remove page',
    ]);
  });

  it('gives up with a clear message when printing hangs, and still cleans up', async () => {
    const { printer, calls } = printerWith(() => new Promise<Uint8Array>(() => undefined), 30);
    await expect(printer('<p>x</p>', 'A4')).rejects.toThrow('printing the PDF took longer than 0.03 s');
    expect(calls.slice(-2)).toEqual(['destroy', 'remove page']);
  });

  it('lets its session load the summary page and nothing else', () => {
    expect(isPrintPageRequest('file:///tmp/passerelle-print-Ab12/summary.html')).toBe(true);
    expect(isPrintPageRequest('file:///C:/Users/a/AppData/Local/Temp/passerelle-print-x/summary.html')).toBe(
      true,
    );
    for (const url of [
      'https://tracker.example/pixel.png',
      'file:///etc/passwd',
      'file:///tmp/passerelle-print-Ab12/../../etc/summary.html',
      'file:///tmp/other/summary.html',
      'file:///tmp/passerelle-print-Ab12/summary.html?x=1',
      'data:text/html,<p>x</p>',
      'not a url',
    ]) {
      expect(isPrintPageRequest(url), url).toBe(false);
    }
  });
});
