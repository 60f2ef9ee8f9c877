/** The state's log (claimant-log.ts stateLog) as CSV: formula-safe, through the applications' CSV writer. */
import { toCsv } from '../applications/csv';
import type { StateLog } from './claimant-log';

// Excel reads UTF-8 (accents) only when the file starts with a byte-order mark.
const BOM = '\uFEFF';

export function stateLogCsv(log: StateLog): string {
  return BOM + toCsv(log.header, log.rows);
}
