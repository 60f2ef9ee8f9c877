import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeText, decodeWindows1252 } from '../../renderer/src/domain/text-decoding';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decoding an imported file', () => {
  it('reads strict UTF-8 and drops its byte-order mark', () => {
    // "é" is C3 A9 in UTF-8.
    expect(decodeText(bytes(0x63, 0x61, 0x66, 0xc3, 0xa9))).toEqual({
      ok: true,
      text: 'café',
      encoding: 'utf-8',
    });
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ ok: true, text: 'a', encoding: 'utf-8' });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, and says so', () => {
    // "café" with é as the single byte E9; "5 €" with € as 0x80; ’ as 0x92; Œ as 0x8C.
    expect(decodeText(bytes(0x63, 0x61, 0x66, 0xe9))).toEqual({
      ok: true,
      text: 'café',
      encoding: 'windows-1252',
    });
    expect(decodeText(bytes(0x35, 0x20, 0x80))).toEqual({ ok: true, text: '5 €', encoding: 'windows-1252' });
    expect(decodeText(bytes(0x6c, 0x92, 0x8c, 0x75, 0x76, 0x72, 0x65))).toMatchObject({ text: 'l’Œuvre' });
  });

  it('decodes every Latin-1 letter to itself (0xA0–0xFF)', () => {
    const latin1 = Array.from({ length: 0x60 }, (_, i) => 0xa0 + i);
    expect(decodeWindows1252(bytes(...latin1))).toBe(String.fromCharCode(...latin1));
  });

  it('reads UTF-16 when its byte-order mark says so', () => {
    // "é," in UTF-16LE after FF FE, and in UTF-16BE after FE FF.
    expect(decodeText(bytes(0xff, 0xfe, 0xe9, 0x00, 0x2c, 0x00))).toEqual({
      ok: true,
      text: 'é,',
      encoding: 'utf-16le',
    });
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0xe9, 0x00, 0x2c))).toEqual({
      ok: true,
      text: 'é,',
      encoding: 'utf-16be',
    });
  });

  it('refuses UTF-16 without a mark, binary files, and bytes no code page here defines', () => {
    const utf16 = new Uint8Array([...utf8('organisation,role\r\n')].flatMap((byte) => [byte, 0]));
    expect(decodeText(utf16)).toEqual({ ok: false, problem: 'utf-16-no-bom' });
    // A PNG's first bytes: NULs that are not UTF-16.
    const png = bytes(
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      0x00,
      0x00,
      0x00,
      0x0d,
      0x49,
      0x48,
      0x44,
      0x52,
    );
    expect(decodeText(png)).toEqual({ ok: false, problem: 'binary' });
    // 0x81 is undefined in Windows-1252 and not UTF-8 here.
    expect(decodeText(bytes(0x61, 0x81, 0x62))).toEqual({ ok: false, problem: 'unknown-encoding' });
    // A UTF-8 mark followed by bytes that are not UTF-8: damaged, not guessed at.
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x61, 0xe9))).toEqual({
      ok: false,
      problem: 'unknown-encoding',
    });
    // Mostly control characters without a NUL: 4 of 6 characters.
    expect(decodeText(bytes(0x01, 0x02, 0x03, 0x04, 0x61, 0x62))).toEqual({ ok: false, problem: 'binary' });
  });

  it('reads any UTF-8 text back unchanged (property)', () => {
    const text = fc
      .string({ unit: 'grapheme', maxLength: 60 })
      .filter((s) => !s.startsWith('\uFEFF') && ![...s].some((c) => c < ' ' || c === '\u007f'));
    fc.assert(
      fc.property(text, (value) => {
        expect(decodeText(utf8(value))).toEqual({ ok: true, text: value, encoding: 'utf-8' });
      }),
    );
  });
});
