import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromCsv, neutraliseCell, restoreCell, toCsv } from '../../../renderer/src/domain/applications/csv';

const HOSTILE = [
  'Mercor, Inc.',
  'He said "hello"',
  'line one\nline two',
  "=cmd|' /C calc'!A0",
  '+SUM(1,2)',
  '-2+3',
  '@SUM(A1)',
  '\tTabbed',
  '=HYPERLINK("http://x")',
  'Équipe 🚀 émoji',
  'مرحبا بالعالم',
  "'quoted already",
  "'=looks neutralised already",
];

describe('CSV cells', () => {
  it.each(['=1+1', '+1', '-1', '@A1', '\tx', '\rx'])('neutralises %j so no spreadsheet runs it', (cell) => {
    expect(neutraliseCell(cell)).toBe(`'${cell}`);
    expect(restoreCell(neutraliseCell(cell))).toBe(cell);
  });

  it('leaves harmless cells alone, including ones that merely start with an apostrophe', () => {
    for (const cell of ['Mercor', "'quoted", '1-2', 'a=b']) expect(neutraliseCell(cell)).toBe(cell);
  });

  it('quotes commas, quotes and newlines as RFC 4180 says, with CRLF line ends', () => {
    const csv = toCsv(['organisation', 'note'], [['Mercor, Inc.', 'He said "hello"\nthen left']]);
    expect(csv).toBe('organisation,note\r\n"Mercor, Inc.","He said ""hello""\nthen left"');
  });

  it('survives a round trip with hostile cells, every one neutralised in the file', () => {
    const csv = toCsv(
      ['value'],
      HOSTILE.map((cell) => [cell]),
    );
    for (const line of csv.split('\r\n').slice(1)) expect(line).not.toMatch(/^"?[=+\-@\t]/);
    expect(fromCsv(csv)).toEqual({ header: ['value'], rows: HOSTILE.map((cell) => [cell]), problems: [] });
  });

  it('round-trips any text (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'grapheme', maxLength: 20 }), { minLength: 2, maxLength: 2 }), {
          minLength: 1,
          maxLength: 10,
        }),
        (rows) => {
          // Papaparse reads a lone empty line as no row at all; the app never writes rows of empty cells.
          const data = rows.filter((row) => row.some((cell) => cell.trim() !== ''));
          const parsed = fromCsv(toCsv(['a', 'b'], data));
          expect(parsed.rows).toEqual(data);
        },
      ),
    );
  });

  it('reads a semicolon file from a French spreadsheet', () => {
    expect(fromCsv('organisation;rôle\r\nMercor;Relecteur clinique\r\n').rows).toEqual([
      ['Mercor', 'Relecteur clinique'],
    ]);
  });

  it('reads a file with a byte-order mark and reports broken rows by number', () => {
    const parsed = fromCsv('\uFEFForganisation,role\r\nMercor,"Reviewer\r\n');
    expect(parsed.header).toEqual(['organisation', 'role']);
    expect(parsed.problems.length).toBeGreaterThan(0);
  });
});
