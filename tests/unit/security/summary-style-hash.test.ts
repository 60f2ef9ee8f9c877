import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../main/csp';
import { renderHtml } from '../../../renderer/src/domain/export/render-html';

// The summary preview is a srcdoc frame under the app's CSP: its <style> is applied only if
// the policy names that exact text's hash. Taken from the rendered page, not the constant, so
// a change to the markup around the style (or to the style) that breaks the match fails here.
describe("the summary's stylesheet and the app's CSP", () => {
  it('allows exactly the style element the summary page carries', () => {
    const html = renderHtml({ title: 'T', language: 'en', blocks: [] });
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '');
    expect(styles).toHaveLength(1);
    const hash = createHash('sha256')
      .update(styles[0] ?? '', 'utf8')
      .digest('base64');
    const styleSrc = /style-src ([^;]+)/.exec(CONTENT_SECURITY_POLICY)?.[1] ?? '';
    expect(styleSrc.split(' ')).toEqual(["'self'", `'sha256-${hash}'`]);
  });
});
