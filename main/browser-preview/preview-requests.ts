/**
 * Who may talk to the preview server: only our own page on loopback. The token is in the
 * served HTML (which other origins cannot read), is required in a custom header (which makes
 * cross-origin calls fail their CORS preflight), and Host is checked against DNS rebinding.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export function tokensMatch(expected: string, received: string | null | undefined): boolean {
  if (typeof received !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(received);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function isOwnOrigin(headers: IncomingHttpHeaders, origin: string): boolean {
  if (headers.host !== new URL(origin).host) return false;
  return headers.origin === undefined || headers.origin === origin;
}

/** Room for the largest backup a restore accepts (20 MB), sent as JSON text. */
export const MAX_REQUEST_BYTES = 48 * 1024 * 1024;
