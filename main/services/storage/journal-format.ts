/**
 * The journal's bytes: one compact JSON line per change, read back line by line. Pure (no
 * disk, no clock), so every kind of damage is tested from bytes alone.
 *
 *   line 1  {"journal":"passerelle","version":1,"schemaVersion":7,"base":"<sha-256 of the data file>"}
 *   then    {"seq":1,"at":"<ISO time>","sum":"<sha-256>","change":{...}}   one per change
 *
 * `base` ties the journal to the exact bytes of the data file it continues; `seq` counts
 * from 1 after each compaction with no gap; `sum` is the SHA-256 of `${seq}|${at}|${change}`,
 * where `change` is the raw text between `"change":` and the line's closing brace, so the
 * check never depends on re-serialising what was parsed. Strings in compact JSON escape
 * newlines, so a newline only ever ends a line.
 */
import { createHash } from 'node:crypto';
import { checkJsonDepth } from './json-depth';

export const JOURNAL_FORMAT = 'passerelle';
export const JOURNAL_VERSION = 1;

/** One change, as the storage service applies it (see journal-replay.ts). */
export type JournalChange =
  | { op: 'section'; section: string; value: unknown }
  | { op: 'put'; application: unknown }
  | { op: 'remove'; id: string };

export interface JournalHeader {
  schemaVersion: number;
  /** SHA-256 (hex) of the data file's bytes this journal continues. */
  base: string;
}

export interface JournalEntry {
  seq: number;
  at: string;
  change: JournalChange;
}

/** Why a complete line was not used; the lines after it are not used either. */
export interface BadLine {
  /** 1-based, the header being line 1. */
  line: number;
  reason:
    | 'not-utf8'
    | 'not-json'
    | 'bad-checksum'
    | 'sequence-gap'
    | 'too-deep'
    | 'unknown-change'
    | 'bad-header'
    /** Well formed, but the change does not pass the schema (checked when replaying). */
    | 'invalid-change';
}

export interface ParsedJournal {
  header: JournalHeader | null;
  /** The provably good entries: every complete line before the first bad one. */
  entries: JournalEntry[];
  /** Bytes at the end with no newline: a write cut short by a crash. Never used. */
  tornTailBytes: number;
  badLine: BadLine | null;
}

const NEWLINE = 0x0a;
const HEX_SHA256 = /^[0-9a-f]{64}$/;
const ENTRY_PREFIX = /^\{"seq":(\d{1,15}),"at":"([0-9T:.Z+-]{1,40})","sum":"([0-9a-f]{64})","change":/;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export const sha256Hex = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

const entrySum = (seq: number, at: string, changeText: string) => sha256Hex(`${seq}|${at}|${changeText}`);

export function encodeHeader(header: JournalHeader): string {
  return `${JSON.stringify({
    journal: JOURNAL_FORMAT,
    version: JOURNAL_VERSION,
    schemaVersion: header.schemaVersion,
    base: header.base,
  })}\n`;
}

export function encodeEntry(entry: JournalEntry): string {
  const changeText = JSON.stringify(entry.change);
  return `{"seq":${entry.seq},"at":"${entry.at}","sum":"${entrySum(entry.seq, entry.at, changeText)}","change":${changeText}}\n`;
}

function readHeader(text: string): JournalHeader | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { journal, version, schemaVersion, base } = value as Record<string, unknown>;
  if (journal !== JOURNAL_FORMAT || version !== JOURNAL_VERSION) return null;
  if (!Number.isInteger(schemaVersion) || typeof base !== 'string' || !HEX_SHA256.test(base)) return null;
  return { schemaVersion: schemaVersion as number, base };
}

function isChange(value: unknown): value is JournalChange {
  if (typeof value !== 'object' || value === null) return false;
  const change = value as Record<string, unknown>;
  if (change.op === 'section') return typeof change.section === 'string' && 'value' in change;
  if (change.op === 'put') return 'application' in change;
  return change.op === 'remove' && typeof change.id === 'string';
}

/** One entry line, checked against the sequence number it must carry. */
function readEntry(text: string, expectedSeq: number): JournalEntry | BadLine['reason'] {
  const prefix = ENTRY_PREFIX.exec(text);
  if (!prefix || !text.endsWith('}')) return 'not-json';
  const [matched, seqText = '', at = '', sum = ''] = prefix;
  const changeText = text.slice(matched.length, -1);
  if (entrySum(Number(seqText), at, changeText) !== sum) return 'bad-checksum';
  if (Number(seqText) !== expectedSeq) return 'sequence-gap';
  if (!checkJsonDepth(changeText).ok) return 'too-deep';
  let change: unknown;
  try {
    change = JSON.parse(changeText);
  } catch {
    return 'not-json';
  }
  return isChange(change) ? { seq: expectedSeq, at, change } : 'unknown-change';
}

export function parseJournal(bytes: Uint8Array): ParsedJournal {
  const lastNewline = bytes.lastIndexOf(NEWLINE);
  const tornTailBytes = bytes.length - (lastNewline + 1);
  const parsed: ParsedJournal = { header: null, entries: [], tornTailBytes, badLine: null };
  let start = 0;
  let line = 0;
  while (start <= lastNewline) {
    const end = bytes.indexOf(NEWLINE, start);
    line += 1;
    let text: string;
    try {
      text = strictUtf8.decode(bytes.subarray(start, end));
    } catch {
      parsed.badLine = { line, reason: 'not-utf8' };
      return parsed;
    }
    start = end + 1;
    if (line === 1) {
      parsed.header = readHeader(text);
      if (!parsed.header) {
        parsed.badLine = { line, reason: 'bad-header' };
        return parsed;
      }
      continue;
    }
    const entry = readEntry(text, parsed.entries.length + 1);
    if (typeof entry === 'string') {
      parsed.badLine = { line, reason: entry };
      return parsed;
    }
    parsed.entries.push(entry);
  }
  return parsed;
}
