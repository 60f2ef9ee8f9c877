/**
 * The browser preview's PDF printer: Chromium's page.pdf(), the engine Electron's printToPDF
 * uses, on the same summary HTML. Like Electron's hidden window, the page runs with
 * JavaScript off and every network request refused; one browser is started on first use and
 * reused. Dev-only: never packaged.
 */
import { chromium, type Browser } from 'playwright-core';
import type { PaperSize } from '../../preload/contract/channels';
import { chromiumPdfOptions, PDF_TIMEOUT_MS, withTimeout } from '../services/export/pdf-layout';
import { CHROMIUM_ARGS, resolveChromium } from './chromium-path';

export function createChromiumPrinter() {
  let browser: Promise<Browser> | null = null;

  async function print(html: string, paper: PaperSize): Promise<Uint8Array> {
    browser ??= chromium.launch({ executablePath: resolveChromium(), args: CHROMIUM_ARGS });
    const context = await (await browser).newContext({ javaScriptEnabled: false, offline: true });
    try {
      await context.route('**/*', (route) => route.abort());
      const page = await context.newPage();
      const pdf = page.setContent(html).then(() => page.pdf(chromiumPdfOptions(paper)));
      return await withTimeout(pdf, PDF_TIMEOUT_MS, 'printing the PDF');
    } finally {
      await context.close();
    }
  }

  return {
    print,
    close: async () => {
      if (browser) await (await browser).close();
      browser = null;
    },
  };
}
