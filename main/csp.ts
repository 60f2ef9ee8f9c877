/**
 * The one Content-Security-Policy for every page Passerelle shows.
 *
 * It is injected as a <meta> tag at build time (electron.vite.config.ts), sent as a header by
 * the app:// protocol handler, and sent by the browser preview server, so the three cannot
 * drift apart. No 'unsafe-eval' and no 'unsafe-inline': zod runs jitless in the renderer, and
 * React sets styles through the CSSOM, which style-src does not govern.
 * `connect-src 'self'` lets the browser preview reach its own loopback bridge; inside
 * Electron 'self' is app://passerelle, which serves only the built files.
 */
import { createHash } from 'node:crypto';
import { SUMMARY_STYLE } from '../preload/contract/summary-style';

// The summary preview is a sandboxed srcdoc frame, which inherits this policy: its one
// stylesheet is allowed by hash, and nothing else inline is.
const summaryStyleHash = `'sha256-${createHash('sha256').update(SUMMARY_STYLE, 'utf8').digest('base64')}'`;

const directives: Record<string, string> = {
  'default-src': "'none'",
  'script-src': "'self'",
  'style-src': `'self' ${summaryStyleHash}`,
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'object-src': "'none'",
  'frame-src': "'none'",
  'worker-src': "'none'",
  'manifest-src': "'none'",
  'media-src': "'none'",
};

export const CONTENT_SECURITY_POLICY = Object.entries(directives)
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');

/** Header-only directives: browsers ignore these in a <meta> tag. */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
