/**
 * CSV for spreadsheets and counsellors: RFC 4180 quoting through papaparse, and every cell
 * that a spreadsheet would read as a formula (starting with =, +, -, @, tab or carriage
 * return) neutralised with a leading apostrophe. Reading a file back removes exactly that
 * apostrophe, so an export imports to the same values.
 */
import Papa from 'papaparse';

// A cell a spreadsheet would run, or one that already looks neutralised ("'=x" must come
// back as "'=x", not "=x"): both get one more apostrophe on the way out.
const NEEDS_APOSTROPHE = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return NEEDS_APOSTROPHE.test(value) ? `'${value}` : value;
}

export function restoreCell(value: string): string {
  return NEUTRALISED.test(value) ? value.slice(1) : value;
}

/** A header row and data rows, all cells neutralised, lines ending CRLF as RFC 4180 asks. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return Papa.unparse(
    { fields: header.map(neutraliseCell), data: rows.map((row) => row.map(neutraliseCell)) },
    { newline: '\r\n', quotes: false, escapeFormulae: false },
  );
}

export interface ParsedCsv {
  header: string[];
  rows: string[][];
  /** Problems the parser met, by 1-based data row. */
  problems: { row: number; message: string }[];
}

export function fromCsv(text: string): ParsedCsv {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header = [], ...rows] = parsed.data;
  return {
    header: header.map(restoreCell),
    rows: rows.map((row) => row.map(restoreCell)),
    // Delimiter auto-detection stays on (French Excel writes semicolons); its "defaulted to
    // a comma" notice is not a problem with any row.
    problems: parsed.errors
      .filter((error) => error.type !== 'Delimiter')
      .map((error) => ({ row: (error.row ?? 0) + 1, message: error.message })),
  };
}
