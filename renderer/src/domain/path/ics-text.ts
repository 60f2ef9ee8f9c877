/**
 * Two things RFC 5545 asks of a calendar file that the `ics` library gets wrong for
 * non-ASCII text: content lines are folded at 75 octets of UTF-8 (it counts characters, so
 * a line of accents, CJK or emoji runs to 200+ bytes), and TEXT values hold no control
 * characters but tab (§3.3.11; a lone CR would even end the line early).
 */

// C0 controls but tab and LF (a line break becomes "\n" in the file), DEL and C1 controls.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** User text ready for a TEXT property: line breaks as LF, other control characters gone. */
export function cleanIcsText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '');
}

const utf8Length = (codePoint: number) =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/**
 * One content line folded: at most 75 octets per physical line, the continuation lines
 * starting with one space (which counts in their 75), never cutting a character in two.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let room = 75;
  for (const character of line) {
    // A lone surrogate is written as U+FFFD, three octets: utf8Length(0xd800…) says 3.
    const size = utf8Length(character.codePointAt(0) ?? 0);
    if (octets + size > room) {
      parts.push(current);
      current = '';
      octets = 0;
      room = 74;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** A whole calendar unfolded (RFC 5545 §3.1: CRLF followed by one space or tab) and folded again. */
export function refoldIcs(calendar: string): string {
  return calendar
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map(foldIcsLine)
    .join('\r\n');
}
