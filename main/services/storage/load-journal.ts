/**
 * The data file's parsed contents plus the journal's bytes, to the document the user last
 * saved. Pure (no disk), so every case is tested from bytes.
 *
 * - No journal, or one that is empty: the data file alone.
 * - A journal whose `base` is not the data file's SHA-256: compaction wrote the data file
 *   and was stopped before it started the new journal (so every change in it is already in
 *   the data file), or the data file was replaced by hand. Either way it is not replayed;
 *   it is copied aside if it held anything ('stale').
 * - Same schema version: the data file is exactly the bytes compaction wrote (their SHA-256
 *   is the journal's `base`), and compaction writes only a document that passed the schema,
 *   so it is not validated again: for 20,000 applications that is about 350 ms of start-up
 *   (issue 12.3). A schema whose rules tighten must bump the version (document.ts says so). Any damage changes the hash and sends the file through the whole check
 *   below. Each change is then checked on its own and applied (journal-replay.ts). A torn last line (no newline: a save cut short
 *   by a crash, never confirmed) is ignored. A bad complete line (checksum, sequence gap,
 *   invalid change) ends the replay there: what came before it is provably good and kept,
 *   the journal is copied aside byte for byte ('damaged').
 * - An older schema version (a journal written by an earlier Passerelle): its changes are
 *   applied to the old document first, then the result is migrated and validated whole
 *   ("compact before migrating"). If that fails, the data file alone is migrated and the
 *   journal is copied aside ('unmigratable').
 */
import { CURRENT_SCHEMA_VERSION, type PlannerDocument } from '../../../preload/contract/document';
import { parseJournal, sha256Hex, type BadLine, type ParsedJournal } from './journal-format';
import { applyChange, replayChanges } from './journal-replay';
import { validateParsedDocument, type Inspection } from './inspect-document';
import { readSchemaVersion, type JsonObject } from './migrations';
import type { JournalSetAsideReason } from './quarantine';

export interface JournalReport {
  /** Changes replayed on top of the data file. */
  replayed: number;
  /** Bytes of an unfinished last line that were ignored. */
  tornTailBytes: number;
  /** The first complete line that could not be used (it and all after it were not replayed). */
  badLine: BadLine | null;
  /** Set when the journal must be copied to quarantine before it is replaced. */
  setAside: JournalSetAsideReason | null;
  /** When the last replayed change was saved. */
  lastReplayedAt: string | null;
}

/** Where appending may continue: the journal's length and its count of entries. */
export interface JournalState {
  length: number;
  entries: number;
}

export type CombinedDocument =
  | {
      ok: true;
      document: PlannerDocument;
      migratedFrom: number | null;
      report: JournalReport;
      /** Non-null when the journal is intact and can be appended to as it is. */
      appendable: JournalState | null;
    }
  | Extract<Inspection, { ok: false }>;

export const NOTHING_REPLAYED: JournalReport = {
  replayed: 0,
  tornTailBytes: 0,
  badLine: null,
  setAside: null,
  lastReplayedAt: null,
};

function baseAlone(raw: JsonObject, report: JournalReport): CombinedDocument {
  const inspection = validateParsedDocument(raw);
  return inspection.ok ? { ...inspection, report, appendable: null } : inspection;
}

/** `raw` parsed from the very bytes compaction wrote from a valid document (see above). */
function replayCurrent(raw: JsonObject, journal: ParsedJournal, length: number): CombinedDocument {
  const written = raw as PlannerDocument;
  const { entries } = journal;
  const { document, applied: replayed } = replayChanges(
    written,
    entries.map((entry) => entry.change),
  );
  // The header is line 1, so entry n (seq n) is line n + 1.
  const badLine: BadLine | null =
    replayed < entries.length ? { line: replayed + 2, reason: 'invalid-change' } : journal.badLine;
  const lastReplayedAt = entries[replayed - 1]?.at ?? null;
  const intact = badLine === null && journal.tornTailBytes === 0;
  return {
    ok: true,
    document,
    migratedFrom: null,
    report: {
      replayed,
      tornTailBytes: journal.tornTailBytes,
      badLine,
      setAside: badLine ? 'damaged' : null,
      lastReplayedAt,
    },
    appendable: intact ? { length, entries: replayed } : null,
  };
}

function replayThenMigrate(raw: JsonObject, journal: ParsedJournal): CombinedDocument {
  let working = raw;
  try {
    for (const entry of journal.entries) working = applyChange(working, entry.change);
  } catch {
    return baseAlone(raw, { ...NOTHING_REPLAYED, setAside: 'unmigratable' });
  }
  const inspection = validateParsedDocument(working);
  if (!inspection.ok) return baseAlone(raw, { ...NOTHING_REPLAYED, setAside: 'unmigratable' });
  return {
    ...inspection,
    report: {
      replayed: journal.entries.length,
      tornTailBytes: journal.tornTailBytes,
      badLine: journal.badLine,
      setAside: journal.badLine ? 'damaged' : null,
      lastReplayedAt: journal.entries.at(-1)?.at ?? null,
    },
    appendable: null,
  };
}

/** `baseBytes` are the data file's bytes, `raw` what they parse to; `journal` null when absent. */
export function combineWithJournal(
  baseBytes: Uint8Array,
  raw: JsonObject,
  journalBytes: Uint8Array | null,
): CombinedDocument {
  if (journalBytes === null || journalBytes.length === 0) return baseAlone(raw, NOTHING_REPLAYED);
  const journal = parseJournal(journalBytes);
  const version = readSchemaVersion(raw);
  if (!journal.header) return baseAlone(raw, { ...NOTHING_REPLAYED, setAside: 'damaged' });
  if (journal.header.base !== sha256Hex(baseBytes) || journal.header.schemaVersion !== version) {
    const heldChanges = journal.entries.length > 0 || journal.badLine !== null || journal.tornTailBytes > 0;
    return baseAlone(raw, { ...NOTHING_REPLAYED, setAside: heldChanges ? 'stale' : null });
  }
  if (version === CURRENT_SCHEMA_VERSION) return replayCurrent(raw, journal, journalBytes.length);
  if (version !== null && version < CURRENT_SCHEMA_VERSION) return replayThenMigrate(raw, journal);
  return baseAlone(raw, NOTHING_REPLAYED); // newer: refused by validation, journal kept with the file
}
