/**
 * A platform's payout statement (CSV) into the gig log, in two steps and with no network:
 * 1. `readPayoutFile`: bytes → text (text-decoding.ts, never guessing silently), the header,
 *    a few sample rows and a guessed column mapping, for the mapping screen;
 * 2. `applyMapping`: the mapping the user confirmed → one result per row, either a payout or
 *    the problems that stop it (bad date, bad amount, unknown currency…). No row is skipped
 *    or changed without saying so.
 * Rows are read with the applications import's CSV reader (quotes, ';' or ',', formula guard).
 */
import type { CurrencyCode } from '../../../../preload/contract/document-enums';
import type { WorkEntry } from '../../../../preload/contract/gig-section';
import { csvBatches } from '../applications/csv';
import { decodeText, type DecodeProblem, type TextEncodingName } from '../text-decoding';
import {
  guessDateOrder,
  guessMapping,
  type ColumnMapping,
  type DateOrder,
  type PayoutField,
} from './payout-columns';
import { readRow, type ImportedPayout, type MappingChoice, type RowProblem } from './payout-row';

export type { ImportedPayout, MappingChoice, RowProblem, RowProblemCode } from './payout-row';

/** 2 MB: a year of daily payouts is under 100 KB; this leaves room without a slow parse. */
export const MAX_PAYOUT_BYTES = 2 * 1024 * 1024;
/** Rows in one file: 5,000, half the log's limit, so one import never fills it. */
export const MAX_PAYOUT_ROWS = 5000;
const SAMPLE_ROWS = 5;

export type PayoutRefusal =
  | { code: 'too-large'; limitBytes: number }
  | { code: 'encoding'; problem: DecodeProblem }
  | { code: 'header-broken' }
  | { code: 'no-rows' }
  | { code: 'too-many-rows'; limit: number }
  | { code: 'unmapped'; fields: PayoutField[] };

export interface PayoutFile {
  text: string;
  encoding: TextEncodingName;
  header: string[];
  samples: string[][];
  guess: ColumnMapping;
  currencyHint: CurrencyCode | null;
  /** Null when the file's days do not settle it: the user picks. */
  dateOrder: DateOrder | null;
}

type Refused = { ok: false; refusal: PayoutRefusal };

export function readPayoutFile(bytes: Uint8Array): ({ ok: true } & PayoutFile) | Refused {
  if (bytes.length > MAX_PAYOUT_BYTES)
    return { ok: false, refusal: { code: 'too-large', limitBytes: MAX_PAYOUT_BYTES } };
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, refusal: { code: 'encoding', problem: decoded.problem } };
  const first = csvBatches(decoded.text, MAX_PAYOUT_ROWS + 1).next();
  if (first.done) return { ok: false, refusal: { code: 'no-rows' } };
  const { header, headerProblems, records } = first.value;
  if (headerProblems.length > 0) return { ok: false, refusal: { code: 'header-broken' } };
  if (records.length === 0) return { ok: false, refusal: { code: 'no-rows' } };
  const { mapping, currencyHint } = guessMapping(header);
  const dayColumns = [mapping.workDay, mapping.paidOn].filter((i): i is number => i !== null);
  const order = guessDateOrder(records.flatMap((r) => dayColumns.map((i) => r.cells[i] ?? '')));
  return {
    ok: true,
    text: decoded.text,
    encoding: decoded.encoding,
    header,
    samples: records.slice(0, SAMPLE_ROWS).map((r) => r.cells),
    guess: mapping,
    currencyHint,
    dateOrder: order === 'ambiguous' ? null : order,
  };
}

export type PayoutRow =
  { row: number; ok: true; payout: ImportedPayout } | { row: number; ok: false; problems: RowProblem[] };

/** Every row of the file under the user's mapping, each a payout or its problems. */
export function applyMapping(text: string, choice: MappingChoice): { ok: true; rows: PayoutRow[] } | Refused {
  const unmapped = (['amount'] as PayoutField[]).filter((f) => choice.mapping[f] === null);
  if (choice.mapping.workDay === null && choice.mapping.paidOn === null) unmapped.push('workDay');
  if (unmapped.length > 0) return { ok: false, refusal: { code: 'unmapped', fields: unmapped } };
  const rows: PayoutRow[] = [];
  for (const batch of csvBatches(text, 500)) {
    if (batch.headerProblems.length > 0) return { ok: false, refusal: { code: 'header-broken' } };
    if (rows.length + batch.records.length > MAX_PAYOUT_ROWS)
      return { ok: false, refusal: { code: 'too-many-rows', limit: MAX_PAYOUT_ROWS } };
    for (const record of batch.records) {
      const read = readRow(record.cells, choice);
      const csvProblems = record.problems.map((code) => ({ field: 'row' as const, code }));
      if (Array.isArray(read) || csvProblems.length > 0)
        rows.push({
          row: record.row,
          ok: false,
          problems: [...csvProblems, ...(Array.isArray(read) ? read : [])],
        });
      else rows.push({ row: record.row, ok: true, payout: read });
    }
  }
  if (rows.length === 0) return { ok: false, refusal: { code: 'no-rows' } };
  return { ok: true, rows };
}

/**
 * A payout as a log entry: the amount as a project fee (so what was earned is exactly what
 * the statement says), its hours as paid time, the fee kept apart from what was received.
 */
export function payoutToEntry(payout: ImportedPayout, platformId: string, id: string): WorkEntry {
  return {
    id,
    platformId,
    project: payout.project,
    day: payout.day,
    paidMinutes: payout.paidMinutes,
    unpaidMinutes: { onboarding: 0, assessment: 0, waiting: 0 },
    tasks: payout.tasks,
    rate: { amountMinor: payout.amountMinor, unit: 'project' },
    currency: payout.currency,
    paidOn: payout.paidOn,
    payout: { receivedMinor: payout.amountMinor - payout.feeMinor, feesMinor: payout.feeMinor },
    note: payout.note,
  };
}
