/**
 * How the counsellor summary is laid out on paper: shared by Electron's printToPDF and the
 * preview's Chromium page.pdf(), which print with the same engine, so both give the same
 * pages. The footer numbers the pages ("2 / 5"); it holds no user text.
 */
import type { PaperSize } from '../../../preload/contract/channels';

/** Longest a print may take before it is abandoned and reported. */
export const PDF_TIMEOUT_MS = 30_000;

export const PAGE_NUMBER_FOOTER =
  '<div style="font: 8pt sans-serif; color: #555; width: 100%; text-align: center;">' +
  '<span class="pageNumber"></span> / <span class="totalPages"></span></div>';

/** Margins in inches, as Electron's printToPDF takes them (about 15 mm). */
export const MARGIN_INCHES = 0.6;

export function electronPdfOptions(paper: PaperSize) {
  return {
    pageSize: paper,
    printBackground: true,
    landscape: false,
    margins: { top: MARGIN_INCHES, bottom: MARGIN_INCHES, left: MARGIN_INCHES, right: MARGIN_INCHES },
    displayHeaderFooter: true,
    headerTemplate: '<div></div>',
    footerTemplate: PAGE_NUMBER_FOOTER,
    // Untagged: tagging made the 30-page summary ten times larger (2 MB) and 0.65 s slower;
    // the Markdown file is the accessible text version.
    generateTaggedPDF: false,
  } as const;
}

export function chromiumPdfOptions(paper: PaperSize) {
  const margin = `${MARGIN_INCHES}in`;
  return {
    format: paper,
    printBackground: true,
    landscape: false,
    margin: { top: margin, bottom: margin, left: margin, right: margin },
    displayHeaderFooter: true,
    headerTemplate: '<div></div>',
    footerTemplate: PAGE_NUMBER_FOOTER,
    tagged: false,
  } as const;
}

/** Rejects with a clear message when `work` takes longer than `ms`. */
export async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Prints the summary page to PDF bytes. Electron and the preview each supply one. */
export type PrintPdf = (html: string, paper: PaperSize) => Promise<Uint8Array>;
