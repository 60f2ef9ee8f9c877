/**
 * CSV for spreadsheets and counsellors: RFC 4180 quoting through papaparse, and every cell
 * that a spreadsheet would read as a formula neutralised with a leading apostrophe. Reading
 * a file back removes exactly that apostrophe, so an export imports to the same values.
 *
 * Reading goes in batches of rows (`csvBatches`), so a caller can let the page breathe
 * between them, and a quote the parser could not make sense of becomes a problem on its row
 * instead of a silent merge of the lines after it.
 */
import Papa from 'papaparse';

// Formula-like: starts with =, +, -, @ (also after leading spaces, which LibreOffice and
// Google Sheets trim before evaluating), or with a tab or carriage return (OWASP, "CSV
// injection"). A cell that already looks neutralised ("'=x") gets one more apostrophe, so
// "'=x" comes back as "'=x", not "=x".
const NEEDS_APOSTROPHE = /^'*(?:[\t\r]|\s*[=+\-@])/;
const NEUTRALISED = /^'+(?:[\t\r]|\s*[=+\-@])/;

export function neutraliseCell(value: string): string {
  return NEEDS_APOSTROPHE.test(value) ? `'${value}` : value;
}

export function restoreCell(value: string): string {
  return NEUTRALISED.test(value) ? value.slice(1) : value;
}

// French Excel splits on ';' (the list separator of its locale), so a cell holding one is
// quoted like a cell holding a comma; papaparse already quotes quotes, CR, LF and edge spaces.
const MUST_QUOTE = /[;,"\r\n]|^\s|\s$/;

/** A header row and data rows, all cells neutralised, lines ending CRLF as RFC 4180 asks. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return Papa.unparse(
    { fields: header.map(neutraliseCell), data: rows.map((row) => row.map(neutraliseCell)) },
    { newline: '\r\n', quotes: (value: unknown) => MUST_QUOTE.test(String(value)), escapeFormulae: false },
  );
}

/**
 * What went wrong reading a row: a quote opened and never closed (the rest of the file
 * ended up in this row), a quote in the middle of a quoted cell (the next line may have been
 * read into it), or more cells than the header names (an unquoted comma or semicolon).
 */
export type CsvProblemCode = 'quote-unclosed' | 'quote-misplaced' | 'extra-cells';

export interface CsvRecord {
  /** The row as a spreadsheet numbers it: the header is row 1. */
  row: number;
  cells: string[];
  problems: CsvProblemCode[];
}

export interface CsvBatch {
  header: string[];
  headerProblems: CsvProblemCode[];
  records: CsvRecord[];
}

const QUOTE_PROBLEMS: Record<string, CsvProblemCode> = {
  MissingQuotes: 'quote-unclosed',
  InvalidQuotes: 'quote-misplaced',
};

const isEmpty = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/**
 * Reads `text` `batchRows` records at a time, each batch a synchronous step: papaparse reads
 * row by row and stops after a batch; the next batch starts where the last row ended (its
 * chunk mode reports false quote errors where a chunk cuts a quoted cell, and its `preview`
 * cursor can skip a row). Empty lines are skipped but still counted in row numbers.
 */
export function* csvBatches(text: string, batchRows = 500): Generator<CsvBatch, void> {
  const body = text.replace(/^\uFEFF/, '');
  // The delimiter (',' or French Excel's ';', or a tab) and line break, guessed once.
  const { delimiter, linebreak } = Papa.parse<string[]>(body.slice(0, 65536), {
    preview: 10,
    skipEmptyLines: 'greedy',
  }).meta;
  let cursor = 0;
  let index = 0;
  let header: string[] | null = null;
  let headerProblems: CsvProblemCode[] = [];
  while (cursor < body.length) {
    const rows: { cells: string[]; codes: CsvProblemCode[] }[] = [];
    let consumed = 0;
    Papa.parse<string[]>(body.slice(cursor), {
      delimiter,
      newline: linebreak as '\r\n' | '\n' | '\r',
      step: (result, parser) => {
        const codes = result.errors.flatMap((error) => QUOTE_PROBLEMS[error.code] ?? []);
        rows.push({ cells: result.data.map(restoreCell), codes: [...new Set(codes)] });
        // Where this row ends, line break included (exact in step mode, unlike `preview`).
        consumed = result.meta.cursor;
        if (rows.length >= batchRows) parser.abort();
      },
    });
    const records: CsvRecord[] = [];
    rows.forEach(({ cells, codes }, i) => {
      const row = index + i + 1;
      if (header === null) {
        header = cells;
        headerProblems = codes;
      } else if (!isEmpty(cells) || codes.length > 0) {
        if (cells.slice(header.length).some((cell) => cell.trim() !== '')) codes.push('extra-cells');
        records.push({ row, cells, problems: codes });
      }
    });
    index += rows.length;
    if (header !== null) yield { header, headerProblems, records };
    // No progress means nothing is left to read.
    if (consumed <= 0) break;
    cursor += consumed;
  }
}

export interface ParsedCsv {
  header: string[];
  headerProblems: CsvProblemCode[];
  records: CsvRecord[];
}

/** The whole file at once: for small texts and tests. */
export function fromCsv(text: string): ParsedCsv {
  const parsed: ParsedCsv = { header: [], headerProblems: [], records: [] };
  for (const batch of csvBatches(text)) {
    parsed.header = batch.header;
    parsed.headerProblems = batch.headerProblems;
    parsed.records.push(...batch.records);
  }
  return parsed;
}
