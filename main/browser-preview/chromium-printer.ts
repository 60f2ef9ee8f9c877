/**
 * The browser preview's PDF printer: Chromium's page.pdf(), the engine Electron's printToPDF
 * uses, on the same summary HTML. Like Electron's hidden window, the page runs with
 * JavaScript off and every network request refused; one browser is started on first use and
 * reused. Dev-only: never packaged.
 */
import { chromium, type Page } from 'playwright-core';
import type { PaperSize } from '../../preload/contract/channels';
import { chromiumPdfOptions, PDF_TIMEOUT_MS, withTimeout } from '../services/export/pdf-layout';
import { CHROMIUM_ARGS, resolveChromium } from './chromium-path';

export function createChromiumPrinter() {
  // One browser and one locked-down page, started on first use and reused: starting Chromium
  // costs seconds, a new page a tenth of one. A page that failed is replaced.
  let page: Promise<Page> | null = null;
  const start = async () => {
    const browser = await chromium.launch({ executablePath: resolveChromium(), args: CHROMIUM_ARGS });
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    await context.route('**/*', (route) => route.abort());
    return context.newPage();
  };

  async function print(html: string, paper: PaperSize): Promise<Uint8Array> {
    page ??= start();
    const printing = await page;
    try {
      const pdf = printing.setContent(html).then(() => printing.pdf(chromiumPdfOptions(paper)));
      return await withTimeout(pdf, PDF_TIMEOUT_MS, 'printing the PDF');
    } catch (error) {
      await printing.context().browser()?.close();
      page = null;
      throw error;
    }
  }

  return {
    print,
    close: async () => {
      if (page) await (await page).context().browser()?.close();
      page = null;
    },
  };
}
