import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { resolveAppRequest } from '../../../main/app-protocol-paths';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER } from '../../../main/csp';

const root = resolve('/opt/passerelle/renderer');

describe('the app:// protocol', () => {
  it('serves the page and its assets from the renderer folder', () => {
    expect(resolveAppRequest('app://passerelle/', root)).toMatchObject({
      ok: true,
      filePath: join(root, 'index.html'),
    });
    expect(resolveAppRequest('app://passerelle/assets/index-abc.js', root)).toMatchObject({
      ok: true,
      filePath: join(root, 'assets', 'index-abc.js'),
      contentType: 'text/javascript; charset=utf-8',
    });
  });

  it.each([
    'app://passerelle/../../etc/passwd',
    'app://passerelle/%2e%2e/%2e%2e/etc/passwd',
    'app://passerelle/assets/..%2f..%2f..%2fetc/passwd',
    'app://passerelle/..%5c..%5cwindows%5cwin.ini',
    'app://passerelle/index.html%00.png',
    'app://other-host/index.html',
    'https://passerelle/index.html',
  ])('refuses %s', (url) => {
    expect(resolveAppRequest(url, root).ok).toBe(false);
  });

  it('never resolves a path outside the renderer folder, whatever the request (fuzzed)', () => {
    const segment = fc.oneof(
      fc.constantFrom(
        '..',
        '.',
        '%2e%2e',
        '..%2f',
        '%2e%2e%2f',
        '%5c',
        '..\\',
        '',
        'etc',
        'passwd',
        '%00',
        'assets',
      ),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (segments) => {
        const result = resolveAppRequest(`app://passerelle/${segments.join('/')}`, root);
        if (result.ok) expect(result.filePath.startsWith(root + sep)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the content security policy', () => {
  it('allows no eval, no inline script and no remote origin', () => {
    for (const policy of [CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER]) {
      expect(policy).toContain("default-src 'none'");
      expect(policy).toContain("script-src 'self'");
      expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
      expect(policy).toContain("base-uri 'none'");
      expect(policy).toContain("form-action 'none'");
      expect(policy).toContain("object-src 'none'");
    }
  });
});
