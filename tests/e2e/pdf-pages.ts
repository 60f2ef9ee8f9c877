/**
 * Reading a printed PDF back with poppler: where each word sits (pdftotext -bbox) and what
 * is drawn where (pdftoppm, one grey pixel per point), to prove nothing runs into the side
 * margins or off the page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PdfWord {
  page: number;
  text: string;
  xMin: number;
  xMax: number;
}

/** Every word with its horizontal extent in points, and each page's width. */
export function pdfWords(file: string): { pageWidths: number[]; words: PdfWord[] } {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const pageWidths: number[] = [];
  const words: PdfWord[] = [];
  for (const chunk of html.split('<page ').slice(1)) {
    pageWidths.push(Number(/width="([\d.]+)"/.exec(chunk)?.[1]));
    for (const match of chunk.matchAll(
      /<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g,
    )) {
      words.push({
        page: pageWidths.length,
        text: match[3] ?? '',
        xMin: Number(match[1]),
        xMax: Number(match[2]),
      });
    }
  }
  return { pageWidths, words };
}

/** One page rendered in grey at 72 dpi (a pixel per point): poppler's binary PGM. */
function greyPage(file: string, page: number): { width: number; height: number; pixels: Buffer } {
  const folder = mkdtempSync(join(tmpdir(), 'passerelle-pdf-'));
  try {
    const prefix = join(folder, 'page');
    execFileSync('pdftoppm', [
      '-gray',
      '-r',
      '72',
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      file,
      prefix,
    ]);
    const bytes = readFileSync(`${prefix}.pgm`);
    // Header: "P5", width, height, maxval, each followed by one whitespace; then the pixels.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString('latin1'));
    if (!header) throw new Error('pdftoppm did not write a binary PGM');
    const width = Number(header[1]);
    const height = Number(header[2]);
    return { width, height, pixels: bytes.subarray(header[0].length, header[0].length + width * height) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Pages with something drawn in the left or right margin (beyond `margin` points from the
 * edge, less a point for anti-aliasing): text or a table border that ran past the column.
 */
export function inkInSideMargins(file: string, pages: number, margin: number): string[] {
  const found: string[] = [];
  for (let page = 1; page <= pages; page++) {
    const { width, height, pixels } = greyPage(file, page);
    const left = Math.floor(margin) - 1;
    const right = Math.ceil(width - margin) + 1;
    let inked = 0;
    let firstX = -1;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        if (x >= left && x < right) continue;
        if ((pixels[y * width + x] ?? 255) < 200) {
          inked++;
          if (firstX < 0) firstX = x;
        }
      }
    }
    if (inked > 0)
      found.push(`page ${page}: ${inked} dark pixels in the side margins (first at x = ${firstX})`);
  }
  return found;
}

/**
 * Pages whose right margin is edged by a drawn vertical line (a table's right border within
 * the last 3 points of the column, at least 40 points long): a clipped border leaves none.
 */
export function pagesWithRightTableEdge(file: string, pages: number, margin: number): number[] {
  const found: number[] = [];
  for (let page = 1; page <= pages; page++) {
    const { width, height, pixels } = greyPage(file, page);
    const edge = Math.floor(width - margin);
    for (let x = edge - 3; x <= edge; x++) {
      let inked = 0;
      for (let y = 0; y < height; y++) if ((pixels[y * width + x] ?? 255) < 230) inked++;
      if (inked >= 40) {
        found.push(page);
        break;
      }
    }
  }
  return found;
}
