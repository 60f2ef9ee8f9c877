import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  encodeEntry,
  encodeHeader,
  parseJournal,
  sha256Hex,
  type JournalEntry,
} from '../../../main/services/storage/journal-format';
import { application } from '../../support/applications';

const header = { schemaVersion: 7, base: sha256Hex('the data file') };
const AT = '2026-11-21T14:00:00.000Z';
const entries: JournalEntry[] = [
  {
    seq: 1,
    at: AT,
    change: { op: 'put', application: application('a', { notes: 'line\nbreak "quoted" é' }) },
  },
  {
    seq: 2,
    at: AT,
    change: { op: 'section', section: 'preferences', value: { language: 'fr', theme: 'dark' } },
  },
  { seq: 3, at: AT, change: { op: 'remove', id: 'a' } },
  { seq: 4, at: AT, change: { op: 'put', application: application('b') } },
];
const lines = [encodeHeader(header), ...entries.map(encodeEntry)];
const journal = (parts: readonly string[] = lines) => Buffer.from(parts.join(''), 'utf8');

describe('the journal format', () => {
  it('writes one compact JSON line per change, each a valid JSON object', () => {
    for (const line of lines) {
      expect(line.endsWith('\n')).toBe(true);
      expect(line.slice(0, -1)).not.toContain('\n');
      expect(() => JSON.parse(line) as unknown).not.toThrow();
    }
    expect(JSON.parse(lines[1] ?? '')).toMatchObject({ seq: 1, at: AT, change: { op: 'put' } });
  });

  it('reads back exactly what was written (round trip)', () => {
    expect(parseJournal(journal())).toEqual({ header, entries, tornTailBytes: 0, badLine: null });
  });

  it('ignores a torn last line (no newline) and keeps every complete one before it', () => {
    const last = lines.at(-1) ?? '';
    const torn = journal([...lines.slice(0, -1), last.slice(0, 40)]);
    expect(parseJournal(torn)).toEqual({
      header,
      entries: entries.slice(0, 3),
      tornTailBytes: 40,
      badLine: null,
    });
  });

  it('stops at a line whose checksum fails, keeping the lines before it', () => {
    // One letter of the application's organisation changed in the line of seq 1 (line 2).
    const damaged = journal(
      lines.map((line, index) => (index === 1 ? line.replace('Mercor', 'Mercer') : line)),
    );
    expect(parseJournal(damaged)).toMatchObject({
      entries: [],
      badLine: { line: 2, reason: 'bad-checksum' },
    });
    const later = journal(lines.map((line, index) => (index === 3 ? line.replace('"a"', '"z"') : line)));
    expect(parseJournal(later)).toMatchObject({
      entries: entries.slice(0, 2),
      badLine: { line: 4, reason: 'bad-checksum' },
    });
  });

  it('stops at a sequence gap: a missing line is never skipped over', () => {
    const gap = journal([lines[0] ?? '', lines[1] ?? '', lines[3] ?? '', lines[4] ?? '']);
    expect(parseJournal(gap)).toMatchObject({
      entries: entries.slice(0, 1),
      badLine: { line: 3, reason: 'sequence-gap' },
    });
    const repeated = journal([lines[0] ?? '', lines[1] ?? '', lines[1] ?? '']);
    expect(parseJournal(repeated).badLine).toEqual({ line: 3, reason: 'sequence-gap' });
  });

  it('refuses a header it does not know, and then uses no line at all', () => {
    const foreign = journal(['{"journal":"other","version":1}\n', ...lines.slice(1)]);
    expect(parseJournal(foreign)).toMatchObject({
      header: null,
      entries: [],
      badLine: { line: 1, reason: 'bad-header' },
    });
  });

  it('refuses a well-signed change nested past the depth limit before parsing it', () => {
    const deep = {
      op: 'section',
      section: 'profile',
      value: JSON.parse(`${'['.repeat(80)}${']'.repeat(80)}`) as unknown,
    };
    const line = encodeEntry({ seq: 1, at: AT, change: deep as JournalEntry['change'] });
    expect(parseJournal(journal([lines[0] ?? '', line])).badLine).toEqual({ line: 2, reason: 'too-deep' });
  });

  test.prop([fc.nat(), fc.nat({ max: 255 })], { numRuns: 300 })(
    'after any one byte is changed or the file is cut anywhere, only original entries are used, in order',
    (where, value) => {
      const bytes = journal();
      const position = where % bytes.length;
      const flipped = Buffer.from(bytes);
      flipped[position] = value;
      for (const damaged of [flipped, bytes.subarray(0, position)]) {
        const { entries: used } = parseJournal(damaged);
        expect(used).toEqual(entries.slice(0, used.length));
      }
    },
  );
});
