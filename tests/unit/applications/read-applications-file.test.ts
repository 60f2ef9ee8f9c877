import { describe, expect, it } from 'vitest';
import { emptyApplicationsSection, MAX_APPLICATIONS } from '../../../preload/contract/applications-section';
import type { ImportContext } from '../../../renderer/src/domain/applications/applications-csv';
import {
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  readApplicationsFile,
  ROWS_PER_STEP,
} from '../../../renderer/src/domain/applications/read-applications-file';
import { application } from '../../support/applications';

const section = emptyApplicationsSection();
const context: ImportContext = {
  stageId: (text) => section.stages.find((s) => s.id === text.toLowerCase())?.id ?? null,
  parseDay: (text) => (/^\d{4}-\d{2}-\d{2}$/.test(text) ? text : null),
  numberLocale: 'en-GB',
  currency: 'EUR',
  today: '2026-11-21',
};
const utf8 = (text: string) => new TextEncoder().encode(text);
const noPause = () => Promise.resolve();
const read = (bytes: Uint8Array, current = section) => readApplicationsFile(bytes, current, context, noPause);

describe('reading an applications file', () => {
  it('reads a Windows-1252 file (é as 0xE9, € as 0x80) and says it did', async () => {
    // "organisation,notes\r\nSociété,5 €\r\n" as old Excel saves it: one byte per character.
    const bytes = new Uint8Array([
      ...utf8('organisation,notes\r\nSoci'),
      0xe9,
      ...utf8('t'),
      0xe9,
      ...utf8(',5 '),
      0x80,
      ...utf8('\r\n'),
    ]);
    const outcome = await read(bytes);
    expect(outcome).toMatchObject({ ok: true, encoding: 'windows-1252' });
    expect(outcome.ok && outcome.plan.added.map((a) => [a.organisation, a.notes])).toEqual([
      ['Société', '5 €'],
    ]);
  });

  it('reads UTF-8 with or without a byte-order mark, and says nothing about it', async () => {
    for (const prefix of [[], [0xef, 0xbb, 0xbf]]) {
      const outcome = await read(new Uint8Array([...prefix, ...utf8('organisation\r\nSociété\r\n')]));
      expect(outcome).toMatchObject({
        ok: true,
        encoding: 'utf-8',
        plan: { added: [{ organisation: 'Société' }] },
      });
    }
  });

  it('refuses UTF-16 without a byte-order mark and binary files, before any preview', async () => {
    const utf16 = new Uint8Array([...utf8('organisation\r\nMercor\r\n')].flatMap((byte) => [byte, 0]));
    expect(await read(utf16)).toEqual({ ok: false, refusal: { code: 'encoding', problem: 'utf-16-no-bom' } });
    const zip = new Uint8Array([
      0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00,
    ]);
    expect(await read(zip)).toEqual({ ok: false, refusal: { code: 'encoding', problem: 'binary' } });
  });

  it('refuses a file over the byte limit without decoding it', async () => {
    const outcome = await read(new Uint8Array(MAX_IMPORT_BYTES + 1));
    expect(outcome).toEqual({ ok: false, refusal: { code: 'too-large', limitMb: 10 } });
  });

  it('refuses a file with more rows than one import reads', async () => {
    const text = `organisation\r\n${'Mercor\r\n'.repeat(MAX_IMPORT_ROWS + 1)}`;
    expect(await read(utf8(text))).toEqual({
      ok: false,
      refusal: { code: 'too-many-rows', limit: MAX_IMPORT_ROWS },
    });
  });

  it('refuses a file that would take the section past its limit: 49,999 + 2 = 50,001', async () => {
    const full = {
      ...section,
      applications: Array.from({ length: MAX_APPLICATIONS - 1 }, (_, i) => application(`a${i}`)),
    };
    expect(await read(utf8('organisation\r\nTuring\r\nScale\r\n'), full)).toEqual({
      ok: false,
      refusal: { code: 'over-capacity', total: 50001, limit: MAX_APPLICATIONS },
    });
  });

  it('refuses the row whose quote is never closed, and imports the rows before it', async () => {
    const outcome = await read(
      utf8('organisation,role\r\nTuring,Tutor\r\nMercor,"Reviewer\r\nScale,Writer\r\n'),
    );
    expect(outcome.ok && outcome.plan.added.map((a) => a.organisation)).toEqual(['Turing']);
    expect(outcome.ok && outcome.plan.refused).toEqual([
      { row: 3, ok: false, organisation: 'Mercor', problems: [{ column: '', code: 'quote-unclosed' }] },
    ]);
  });

  it('refuses a file whose header is broken or names no organisation column', async () => {
    expect(await read(utf8('"organisation,role\r\nMercor,Tutor\r\n'))).toEqual({
      ok: false,
      refusal: { code: 'header-broken' },
    });
    expect(await read(utf8('name,role\r\nMercor,Tutor\r\n'))).toEqual({
      ok: false,
      refusal: { code: 'no-organisation' },
    });
    expect(await read(utf8('organisation,role\r\n\r\n'))).toEqual({
      ok: false,
      refusal: { code: 'no-rows' },
    });
  });

  it('pauses between batches of rows, so a long file leaves the page responsive', async () => {
    let pauses = 0;
    const rows = 4 * ROWS_PER_STEP;
    const text = `organisation\r\n${'Mercor\r\n'.repeat(rows)}`;
    const outcome = await readApplicationsFile(utf8(text), section, context, () => {
      pauses += 1;
      return Promise.resolve();
    });
    expect(outcome.ok && outcome.plan.added.length).toBe(rows);
    // One after decoding, then one per batch of ROWS_PER_STEP rows.
    expect(pauses).toBeGreaterThanOrEqual(1 + rows / ROWS_PER_STEP);
  });
});
