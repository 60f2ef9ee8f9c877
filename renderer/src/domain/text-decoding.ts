/**
 * Bytes of an imported file to text, never guessing silently. UTF-8 is tried strictly (a
 * byte-order mark is dropped); UTF-16 is read only when its byte-order mark says so. A file
 * that is not valid UTF-8 is read as Windows-1252 (the Western European code page older Excel
 * and Notepad save; it covers Latin-1) and the caller must say so to the user. Anything else,
 * a file with NUL bytes (UTF-16 without a mark, a spreadsheet, a PDF) or with bytes
 * Windows-1252 leaves undefined, is refused.
 *
 * Windows-1252 goes through the platform's TextDecoder (Chromium, and Node 22 with full ICU,
 * map 0x80 to €). WHATWG maps the five bytes the code page leaves undefined to C1 controls;
 * those are refused here, since no real Western text holds them.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export type DecodeProblem = 'utf-16-no-bom' | 'binary' | 'unknown-encoding';
export type DecodedText =
  { ok: true; text: string; encoding: TextEncodingName } | { ok: false; problem: DecodeProblem };

const strict = (encoding: string, bytes: Uint8Array): string | null => {
  try {
    // ignoreBOM keeps a mark in the text; callers pass bytes with the mark already removed.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
};

// The bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D, which have no character in Windows-1252.
const UNDEFINED_IN_1252 = /[\u0081\u008d\u008f\u0090\u009d]/;

/** Windows-1252 text, or null when a byte has no character in that code page. */
export function decodeWindows1252(bytes: Uint8Array): string | null {
  const text = strict('windows-1252', bytes);
  return text === null || UNDEFINED_IN_1252.test(text) ? null : text;
}

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((byte, i) => bytes[i] === byte);

/** UTF-16 without a mark puts a NUL beside every ASCII letter: mostly on one parity. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i += 1) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) even += 1;
    else odd += 1;
  }
  return Math.max(even, odd) >= (sample.length / 2) * 0.6 && Math.min(even, odd) <= Math.max(even, odd) / 10;
}

// C0 controls that text files do not hold (tab, LF, VT, FF and CR are text), and DEL.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0001-\u0008\u000e-\u001f\u007f]/g;

/** More than 1 % control characters: a binary file that happens to decode. */
const mostlyControls = (text: string) => (text.match(CONTROL)?.length ?? 0) * 100 > text.length;

function checked(text: string | null, encoding: TextEncodingName): DecodedText {
  if (text === null) return { ok: false, problem: 'unknown-encoding' };
  if (mostlyControls(text)) return { ok: false, problem: 'binary' };
  return { ok: true, text, encoding };
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, 0xff, 0xfe)) return checked(strict('utf-16le', bytes.subarray(2)), 'utf-16le');
  if (startsWith(bytes, 0xfe, 0xff)) return checked(strict('utf-16be', bytes.subarray(2)), 'utf-16be');
  if (bytes.includes(0)) return { ok: false, problem: looksLikeUtf16(bytes) ? 'utf-16-no-bom' : 'binary' };
  // A UTF-8 mark that is followed by invalid UTF-8 is a damaged file, not Windows-1252.
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return checked(strict('utf-8', bytes.subarray(3)), 'utf-8');
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== null) return checked(utf8, 'utf-8');
  return checked(decodeWindows1252(bytes), 'windows-1252');
}
