import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { SummaryDocument } from '../../../renderer/src/domain/export/blocks';
import { renderMarkdown } from '../../../renderer/src/domain/export/render-markdown';

const table = (rows: string[][]): SummaryDocument => ({
  title: 'Summary',
  language: 'en',
  blocks: [{ kind: 'table', caption: 'Log', header: ['Date', 'Note'], rows, columns: 'log' }],
});

describe('Markdown table cells', () => {
  it('turn a lone CR, a CRLF and an LF into a space, so a row stays one line', () => {
    const markdown = renderMarkdown(table([['2026-10-01', 'old Mac\rline; Windows\r\nline; Unix\nline']]));
    expect(markdown).toContain('| 2026\\-10\\-01 | old Mac line; Windows line; Unix line |');
    expect(markdown).not.toMatch(/\r/);
  });

  it('keep every row on its own line and its pipes escaped, whatever the cells hold (property)', () => {
    const risky = fc.constantFrom('\r', '\n', '\r\n', '|', 'a', ' ', 'é', '🚀');
    const cell = fc.string({ unit: risky, maxLength: 10 });
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 5 }), (rows) => {
        const lines = renderMarkdown(table(rows)).split(/\r\n|\r|\n/);
        const tableLines = lines.filter((line) => line.startsWith('| '));
        // Header, separator, and one line per row: no cell broke its row in two.
        expect(tableLines).toHaveLength(2 + rows.length);
        for (const line of tableLines) expect(line.replace(/\\\|/g, '').match(/\|/g)).toHaveLength(3);
      }),
    );
  });
});
