/**
 * Blocks to a standalone HTML page: the same page feeds the in-app preview and the PDF. Every
 * string is escaped; the page allows no script, no network and no frames (its CSP is
 * `default-src 'none'` with inline styles only), so even a hostile string is just text.
 */
import { SUMMARY_STYLE } from '../../../../preload/contract/summary-style';
import type { Block, SummaryDocument } from './blocks';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

export const SUMMARY_CSP = "default-src 'none'; style-src 'unsafe-inline'";

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}>${escapeHtml(b.text)}</h${b.level}>`;
    case 'paragraph':
      return `<p>${escapeHtml(b.text)}</p>`;
    case 'list':
      return `<ul>${b.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
    case 'table': {
      const head = b.header.map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join('');
      const rows = b.rows
        .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`)
        .join('');
      return `<table class="${b.columns}"><caption>${escapeHtml(b.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
    }
  }
}

export function renderHtml(summary: SummaryDocument): string {
  return [
    '<!doctype html>',
    `<html lang="${summary.language}">`,
    '<head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${SUMMARY_CSP}">`,
    `<title>${escapeHtml(summary.title)}</title>`,
    `<style>${SUMMARY_STYLE}</style></head>`,
    `<body><main>${summary.blocks.map(block).join('\n')}</main></body></html>`,
  ].join('\n');
}
