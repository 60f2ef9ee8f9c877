/**
 * Blocks to Markdown. User text is escaped so it stays text: Markdown's special characters
 * get a backslash (no link, image or emphasis can be made from data), raw HTML is shown as
 * text, and table cells keep their pipes and line breaks from breaking the table.
 */
import type { Block, SummaryDocument } from './blocks';

const SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~=]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(SPECIAL, (character) => `\\${character}`);
}

// Every kind of line break: CRLF, LF, and a lone CR (old Mac files, some pasted text), which
// Markdown readers also take as a line end and which would cut a table row in two.
const LINE_BREAK = /\r\n|\r|\n/g;
const cell = (text: string) => escapeMarkdown(text).replace(LINE_BREAK, ' ');
const line = (text: string) => escapeMarkdown(text).replace(LINE_BREAK, '  \n');

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${cell(b.text)}`;
    case 'paragraph':
      return line(b.text);
    case 'list':
      return b.items.map((item) => `- ${cell(item)}`).join('\n');
    case 'table':
      return [
        `**${cell(b.caption)}**`,
        '',
        `| ${b.header.map(cell).join(' | ')} |`,
        `| ${b.header.map(() => '---').join(' | ')} |`,
        ...b.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
      ].join('\n');
  }
}

export function renderMarkdown(summary: SummaryDocument): string {
  return `${summary.blocks.map(block).join('\n\n')}\n`;
}
