/**
 * An applications CSV file, from its bytes to an import plan, refusing before any preview
 * what cannot be imported whole: a file over the size limit, one in an unknown encoding,
 * one with more rows than the section may hold, or one that would take the section past it.
 * The rows are read in batches with a pause between them, so a 5,000-row file does not
 * freeze the page (the longest step is measured in bench/import.bench.ts).
 */
import {
  MAX_APPLICATIONS,
  type ApplicationsSection,
} from '../../../../preload/contract/applications-section';
import { decodeText, type DecodeProblem, type TextEncodingName } from '../text-decoding';
import { readApplicationRow, type ImportContext, type ImportedRow } from './applications-csv';
import { csvBatches, type CsvRecord } from './csv';
import { planImport, type ImportPlan } from './import-plan';

/**
 * Rows in one CSV file: 5,000, less than the section's limit (MAX_APPLICATIONS, 50,000).
 * An import is read and previewed row by row in the page, and 5,000 is the size whose
 * longest step is measured (bench/import-blocking.ts); a full export of 50,000 would also
 * pass the 10 MB limit below. A bigger list can be imported in several files.
 */
export const MAX_IMPORT_ROWS = 5000;
/**
 * 10 MB: a full Passerelle export of 5,000 generated applications is 1.4 MB, so this leaves
 * room for about 2 KB a row (long notes and histories) while keeping decoding and parsing
 * of the largest accepted file to well under a second of work, done in short steps.
 */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_MEGABYTES = MAX_IMPORT_BYTES / (1024 * 1024);
/** Rows read between two pauses: about 10 ms of work each on a slow machine. */
export const ROWS_PER_STEP = 250;

export type FileRefusal =
  | { code: 'too-large'; limitMb: number }
  | { code: 'encoding'; problem: DecodeProblem }
  | { code: 'too-many-rows'; limit: number }
  | { code: 'over-capacity'; total: number; limit: number }
  | { code: 'header-broken' }
  | { code: 'no-rows' }
  | { code: 'no-organisation' };

export type ReadOutcome =
  { ok: true; plan: ImportPlan; encoding: TextEncodingName } | { ok: false; refusal: FileRefusal };

/** Lets the event loop run (input, painting) before the next step. */
export const pauseForPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** A record the CSV parser had trouble with is refused even when its cells look valid. */
export function readRecord(
  header: readonly string[],
  record: CsvRecord,
  context: ImportContext,
): ImportedRow {
  const read = readApplicationRow(header, record.cells, record.row, context);
  if (record.problems.length === 0) return read;
  return {
    row: record.row,
    ok: false,
    organisation: read.ok ? read.application.organisation : read.organisation,
    problems: [...record.problems.map((code) => ({ column: '', code })), ...(read.ok ? [] : read.problems)],
  };
}

const hasOrganisation = (header: readonly string[]) =>
  header.some((name) => name.trim().toLowerCase() === 'organisation');

export async function readApplicationsFile(
  bytes: Uint8Array,
  section: ApplicationsSection,
  context: ImportContext,
  pause: () => Promise<void> = pauseForPage,
): Promise<ReadOutcome> {
  const refuse = (refusal: FileRefusal): ReadOutcome => ({ ok: false, refusal });
  if (bytes.length > MAX_IMPORT_BYTES) return refuse({ code: 'too-large', limitMb: MAX_IMPORT_MEGABYTES });
  const decoded = decodeText(bytes);
  if (!decoded.ok) return refuse({ code: 'encoding', problem: decoded.problem });
  await pause();
  const rows: ImportedRow[] = [];
  let header: string[] = [];
  for (const batch of csvBatches(decoded.text, ROWS_PER_STEP)) {
    header = batch.header;
    if (batch.headerProblems.length > 0) return refuse({ code: 'header-broken' });
    if (!hasOrganisation(header)) return refuse({ code: 'no-organisation' });
    if (rows.length + batch.records.length > MAX_IMPORT_ROWS)
      return refuse({ code: 'too-many-rows', limit: MAX_IMPORT_ROWS });
    for (const record of batch.records) rows.push(readRecord(header, record, context));
    await pause();
  }
  if (header.length > 0 && !hasOrganisation(header)) return refuse({ code: 'no-organisation' });
  if (rows.length === 0) return refuse({ code: 'no-rows' });
  const plan = planImport(section, rows);
  const total = section.applications.length + plan.added.length;
  if (total > MAX_APPLICATIONS) return refuse({ code: 'over-capacity', total, limit: MAX_APPLICATIONS });
  return { ok: true, plan, encoding: decoded.encoding };
}
