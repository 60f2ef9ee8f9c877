import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EXTERNAL_LINK_HOSTS, isAllowedExternalUrl } from '../../../main/external-links';
import { REPORT_TARGETS } from '../../../renderer/src/domain/gig/scam-check';

describe('the external link allow-list', () => {
  it.each([
    'https://www.francetravail.fr/candidat/mes-droits-aux-aides',
    'https://unedic.org/',
    'http://www.careeronestop.org/Toolkit/Skills/skills-matcher.aspx',
  ])('opens %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'https://francetravail.fr.evil.example/',
    'https://evilfrancetravail.fr/',
    'https://user:pass@www.francetravail.fr/',
    'ftp://unedic.org/',
    'not a url',
    '//unedic.org/relative',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('never opens file:, javascript: or data: URLs, whatever follows the scheme', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('file:', 'javascript:', 'data:', 'FILE:', 'JavaScript:'),
        fc.string(),
        (scheme, rest) => {
          expect(isAllowedExternalUrl(`${scheme}${rest}`)).toBe(false);
        },
      ),
    );
  });

  it('never opens a web URL whose host is not an allowed domain or below one', () => {
    const allowed = (host: string) => EXTERNAL_LINK_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        expect(isAllowedExternalUrl(url)).toBe(allowed(new URL(url).hostname));
      }),
      { numRuns: 500 },
    );
  });

  it('opens any path, query or fragment on an allowed host', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EXTERNAL_LINK_HOSTS), fc.webPath(), (host, path) => {
        expect(isAllowedExternalUrl(`https://${host}${path}`)).toBe(true);
      }),
    );
  });
});

describe('the scam check’s places to report', () => {
  it('are all on the allow-list, so each opens in the browser', () => {
    const urls = Object.values(REPORT_TARGETS).flatMap((targets) => targets.map((target) => target.url));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(isAllowedExternalUrl(url), url).toBe(true);
  });
});
