/**
 * The browser preview's PDF printer: Chromium's page.pdf(), the engine Electron's printToPDF
 * uses, on the same summary HTML. Like Electron's hidden window, the page runs with
 * JavaScript off and every network request refused; one browser is started on first use and
 * reused. Dev-only: never packaged.
 */
import { chromium, type BrowserContext } from 'playwright-core';
import type { PaperSize } from '../../preload/contract/channels';
import { chromiumPdfOptions, PDF_TIMEOUT_MS, withTimeout } from '../services/export/pdf-layout';
import { CHROMIUM_ARGS, resolveChromium } from './chromium-path';

export function createChromiumPrinter() {
  // One browser and one locked-down context, started on first use and reused: starting
  // Chromium costs seconds, a page costs milliseconds.
  let context: Promise<BrowserContext> | null = null;
  const start = async () => {
    const browser = await chromium.launch({ executablePath: resolveChromium(), args: CHROMIUM_ARGS });
    const locked = await browser.newContext({ javaScriptEnabled: false, offline: true });
    await locked.route('**/*', (route) => route.abort());
    return locked;
  };

  async function print(html: string, paper: PaperSize): Promise<Uint8Array> {
    context ??= start();
    const page = await (await context).newPage();
    try {
      const pdf = page.setContent(html).then(() => page.pdf(chromiumPdfOptions(paper)));
      return await withTimeout(pdf, PDF_TIMEOUT_MS, 'printing the PDF');
    } finally {
      await page.close();
    }
  }

  return {
    print,
    close: async () => {
      if (context) await (await context).browser()?.close();
      context = null;
    },
  };
}
