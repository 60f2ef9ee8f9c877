import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { SummaryDocument } from '../../renderer/src/domain/export/blocks';
import { renderHtml, SUMMARY_CSP } from '../../renderer/src/domain/export/render-html';
import { escapeMarkdown, renderMarkdown } from '../../renderer/src/domain/export/render-markdown';

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '</style><script>alert(1)</script>',
  '[x](javascript:alert(1))',
  '![y](http://example.org/t.png)',
  '=HYPERLINK("http://x")',
  'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(6),
  'مرحبا بالعالم — שלום',
  '| a | b |\nnew line',
  '# not a heading',
  '**not bold** _nor italic_ `nor code`',
];

const summary = (texts: readonly string[]): SummaryDocument => ({
  title: texts[0] ?? 'Summary',
  language: 'en',
  blocks: [
    { kind: 'heading', level: 1, text: texts[1] ?? '' },
    { kind: 'paragraph', text: texts.join(' ') },
    { kind: 'list', items: [...texts] },
    {
      kind: 'table',
      columns: 'log',
      caption: texts[2] ?? '',
      header: ['What', 'Value'],
      rows: texts.map((text, i) => [String(i), text]),
    },
  ],
});

const unescapeMarkdown = (text: string) => text.replace(/\\([\\`*_{}[\]()#+\-.!|<>~=])/g, '$1');

describe('the summary as HTML', () => {
  it('shows every hostile string as text: no element, script or link comes from data', () => {
    const page = new DOMParser().parseFromString(renderHtml(summary(HOSTILE)), 'text/html');
    expect(page.querySelectorAll('img, script, a, iframe, object')).toHaveLength(0);
    expect(page.querySelectorAll('style')).toHaveLength(1);
    const text = page.body.textContent ?? '';
    for (const hostile of HOSTILE) expect(text).toContain(hostile);
    expect(page.title).toBe(HOSTILE[0]);
    expect(page.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(
      SUMMARY_CSP,
    );
  });

  it('keeps the structure: one table cell per value, in order (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { minLength: 1, maxLength: 8 }),
        (texts) => {
          const page = new DOMParser().parseFromString(renderHtml(summary(texts)), 'text/html');
          const cells = [...page.querySelectorAll('tbody tr td:nth-child(2)')].map((td) => td.textContent);
          expect(cells).toEqual(texts);
          expect([...page.querySelectorAll('li')].map((li) => li.textContent)).toEqual(texts);
        },
      ),
    );
  });
});

describe('the summary as Markdown', () => {
  it('escapes what Markdown would turn into links, images, emphasis, headings or HTML', () => {
    const markdown = renderMarkdown(summary(HOSTILE));
    expect(markdown).toContain('\\[x\\]\\(javascript:alert\\(1\\)\\)');
    expect(markdown).toContain('\\!\\[y\\]');
    expect(markdown).toContain('\\<img src\\=x onerror\\=alert\\(1\\)\\>');
    expect(markdown).toContain('- \\# not a heading');
    expect(markdown).not.toMatch(/(^|[^\\])\[x\]\(/);
  });

  it('keeps table rows whole: pipes and line breaks in a cell do not add columns or rows', () => {
    const markdown = renderMarkdown(summary(HOSTILE));
    const tableLines = markdown.split('\n').filter((line) => line.startsWith('| '));
    expect(tableLines).toHaveLength(2 + HOSTILE.length);
    for (const line of tableLines) expect(line.split(/(?<!\\)\|/).length).toBe(4);
  });

  it('gives back the exact text once the escapes are read (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        expect(unescapeMarkdown(escapeMarkdown(text))).toBe(text);
      }),
    );
  });
});
