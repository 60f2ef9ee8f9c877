import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  csvBatches,
  fromCsv,
  neutraliseCell,
  restoreCell,
  toCsv,
} from '../../../renderer/src/domain/applications/csv';

const HOSTILE = [
  'Mercor, Inc.',
  'Mercor; Inc.',
  'He said "hello"',
  'line one\nline two',
  'carriage\rreturn',
  "=cmd|' /C calc'!A0",
  '+SUM(1,2)',
  '-2+3',
  '@SUM(A1)',
  '\tTabbed',
  '  =HYPERLINK("http://x")',
  '\n=1+1',
  'x;=1+1',
  '=HYPERLINK("http://x")',
  'Équipe 🚀 émoji',
  'مرحبا بالعالم',
  "'quoted already",
  "'=looks neutralised already",
];

const cellsOf = (text: string) => fromCsv(text).records.map((record) => record.cells);

/**
 * An RFC 4180 reader written for this test, independent of papaparse: each field with
 * whether it was quoted, so the test can see what a spreadsheet splitting on ',' or ';' sees.
 */
function rawFields(csv: string): { text: string; quoted: boolean }[] {
  const fields: { text: string; quoted: boolean }[] = [];
  let i = 0;
  while (i <= csv.length) {
    if (csv[i] === '"') {
      let text = '';
      i += 1;
      for (;;) {
        const end = csv.indexOf('"', i);
        if (end < 0) throw new Error('unclosed quote');
        text += csv.slice(i, end);
        if (csv[end + 1] === '"') {
          text += '"';
          i = end + 2;
        } else {
          i = end + 1;
          break;
        }
      }
      fields.push({ text, quoted: true });
    } else {
      const match = /,|\r\n|$/.exec(csv.slice(i));
      const end = i + (match?.index ?? 0);
      fields.push({ text: csv.slice(i, end), quoted: false });
      i = end;
    }
    if (csv.startsWith('\r\n', i)) i += 2;
    else if (csv[i] === ',') i += 1;
    else break;
  }
  return fields;
}

describe('CSV cells', () => {
  it.each(['=1+1', '+1', '-1', '@A1', '\tx', '\rx', ' =1+1', '  @A1', '\n+1', '\u00a0-1'])(
    'neutralises %j so no spreadsheet runs it',
    (cell) => {
      expect(neutraliseCell(cell)).toBe(`'${cell}`);
      expect(restoreCell(neutraliseCell(cell))).toBe(cell);
    },
  );

  it('leaves harmless cells alone, including ones that merely start with an apostrophe', () => {
    for (const cell of ['Mercor', "'quoted", '1-2', 'a=b', ' spaced'])
      expect(neutraliseCell(cell)).toBe(cell);
  });

  it('quotes commas, semicolons, quotes and newlines, with CRLF line ends', () => {
    const csv = toCsv(['organisation', 'note'], [['Mercor, Inc.', 'He said "hello"\nthen left; twice']]);
    expect(csv).toBe('organisation,note\r\n"Mercor, Inc.","He said ""hello""\nthen left; twice"');
    // French Excel splits on ';': the cell is quoted, so it stays one cell there too.
    expect(toCsv(['tags'], [['medicine; urgent']])).toBe('tags\r\n"medicine; urgent"');
  });

  it('survives a round trip with hostile cells, every one neutralised in the file', () => {
    const csv = toCsv(
      ['value'],
      HOSTILE.map((cell) => [cell]),
    );
    for (const field of rawFields(csv)) expect(field.text).not.toMatch(/^(?:[\t\r]|\s*[=+\-@])/);
    expect(fromCsv(csv)).toMatchObject({ header: ['value'], headerProblems: [] });
    expect(cellsOf(csv)).toEqual(HOSTILE.map((cell) => [cell]));
  });

  it('round-trips any cells, and no unquoted cell holds , or ; nor starts like a formula (property)', () => {
    const risky = fc.constantFrom(
      ',',
      ';',
      '"',
      '\r',
      '\n',
      '\t',
      ' ',
      '=',
      '+',
      '-',
      '@',
      "'",
      'é',
      '🚀',
      'a',
    );
    const cell = fc.oneof(
      fc.string({ unit: risky, maxLength: 12 }),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
        (rows) => {
          // Papaparse reads a line of empty cells as no row at all; the app never writes one.
          const data = rows.filter((row) => row.some((c) => c.trim() !== ''));
          const csv = toCsv(['a', 'b', 'c'], data);
          expect(cellsOf(csv)).toEqual(data);
          for (const field of rawFields(csv)) {
            if (!field.quoted) expect(field.text).not.toMatch(/[,;"\r\n]/);
            expect(field.text).not.toMatch(/^(?:[\t\r]|\s*[=+\-@])/);
          }
        },
      ),
    );
  });

  it('reads a semicolon file from a French spreadsheet', () => {
    expect(cellsOf('organisation;rôle\r\nMercor;Relecteur clinique\r\n')).toEqual([
      ['Mercor', 'Relecteur clinique'],
    ]);
  });
});

describe('reading a broken CSV', () => {
  it('marks the row whose quote is never closed, instead of merging the rest of the file silently', () => {
    const parsed = fromCsv('\uFEFForganisation,role\r\nTuring,Tutor\r\nMercor,"Reviewer\r\nScale,Writer\r\n');
    expect(parsed.header).toEqual(['organisation', 'role']);
    expect(parsed.records.map(({ row, problems }) => ({ row, problems }))).toEqual([
      { row: 2, problems: [] },
      // Row 3 swallowed row 4: the user is told, row 3 is not imported.
      { row: 3, problems: ['quote-unclosed'] },
    ]);
  });

  it('marks a misplaced quote and a row with more cells than the header', () => {
    const parsed = fromCsv(
      'organisation,role\r\nScale,Writer,remote, yes\r\nTuring,\r\n"Mer"cor,Tutor\r\nLast,One\r\n',
    );
    expect(parsed.records.map(({ row, problems }) => ({ row, problems }))).toEqual([
      { row: 2, problems: ['extra-cells'] },
      { row: 3, problems: [] },
      // Papaparse reads on to the end of the file looking for the closing quote.
      { row: 4, problems: ['quote-misplaced', 'quote-unclosed'] },
    ]);
  });

  it('numbers rows as a spreadsheet does, counting empty lines it skips', () => {
    const parsed = fromCsv('organisation\r\n\r\nMercor\r\n\r\n\r\nTuring\r\n');
    expect(parsed.records.map(({ row, cells }) => [row, cells[0]])).toEqual([
      [3, 'Mercor'],
      [6, 'Turing'],
    ]);
  });

  it('reads the same records in small batches as in one go, quoted line breaks included (property)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', ' ', 'é'), maxLength: 6 });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 12 }),
        fc.integer({ min: 1, max: 4 }),
        (rows, size) => {
          const csv = toCsv(['a', 'b'], rows);
          const batched = [...csvBatches(csv, size)].flatMap((batch) => batch.records);
          expect(batched).toEqual(fromCsv(csv).records);
        },
      ),
    );
  });

  it('reads the same records and problems in batches from any text, broken or not (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ',', '"', '\r\n', '\n', ' '), maxLength: 40 });
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 4 }), (body, size) => {
        const csv = `h1,h2\r\n${body}`;
        const batched = [...csvBatches(csv, size)].flatMap((batch) => batch.records);
        expect(batched).toEqual([...csvBatches(csv, 10_000)].flatMap((batch) => batch.records));
      }),
    );
  });
});
