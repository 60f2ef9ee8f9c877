import { request } from 'node:http';
import { MAX_REQUEST_BYTES } from '../../main/browser-preview/preview-requests';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  startPreviewServer,
  withBridge,
  type PreviewServer,
} from '../../main/browser-preview/preview-server';
import { useTempDirectories } from '../support/temp-dir';

const tempDirectory = useTempDirectories();
const running: PreviewServer[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) await server.close();
});

async function start() {
  const renderer = tempDirectory();
  writeFileSync(
    join(renderer, 'index.html'),
    '<!doctype html><html><head><title>t</title></head><body></body></html>',
  );
  const server = await startPreviewServer({ rendererDirectory: renderer, dataDirectory: tempDirectory() });
  running.push(server);
  const page = await send(server, { method: 'GET', path: '/' });
  const token = /passerelle-preview-token" content="([0-9a-f]+)"/.exec(page.body)?.[1] ?? '';
  return { server, token };
}

function send(
  server: PreviewServer,
  options: { method: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; body: string }> {
  const url = new URL(options.path, server.url);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: options.method,
        headers: { host: url.host, ...options.headers },
      },
      (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

const load = (token: string, extra: Record<string, string> = {}) => ({
  method: 'POST',
  path: '/__preview/api/document:load',
  headers: { 'content-type': 'application/json', 'x-passerelle-token': token, ...extra },
  body: '{}',
});

describe('the browser preview server', () => {
  it('listens on loopback only and serves the page with its CSP and a per-run token', async () => {
    const { server, token } = await start();
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
    expect(token).toMatch(/^[0-9a-f]{48}$/);
    const other = await start();
    expect(other.token).not.toBe(token);
  });

  it('answers our page, with the token, through the same handlers', async () => {
    const { server, token } = await start();
    const response = await send(server, load(token));
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { recovery: null } });
  });

  it.each([
    ['no token', (token: string) => load(token, { 'x-passerelle-token': '' })],
    ['a wrong token', (token: string) => load(token, { 'x-passerelle-token': 'f'.repeat(token.length) })],
    ['another origin', (token: string) => load(token, { origin: 'https://evil.example' })],
    ['a rebinding host name', (token: string) => load(token, { host: 'evil.example:80' })],
  ])('refuses a call with %s', async (_label, build) => {
    const { server, token } = await start();
    expect((await send(server, build(token))).status).toBe(403);
  });

  it('refuses an oversized body before parsing it', async () => {
    const { server, token } = await start();
    const response = await send(server, {
      ...load(token),
      body: JSON.stringify({ payload: 'x'.repeat(MAX_REQUEST_BYTES + 1) }),
    });
    expect(response.status).toBe(413);
  });

  it('returns a typed error for a body that is not JSON', async () => {
    const { server, token } = await start();
    const response = await send(server, {
      ...load(token),
      path: '/__preview/api/document:save-section',
      body: '{not json',
    });
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('knows no channel outside the contract', async () => {
    const { server, token } = await start();
    expect((await send(server, { ...load(token), path: '/__preview/api/fs:read' })).status).toBe(404);
  });
});

describe('the bridge in the served page', () => {
  const app = [
    '<head><meta http-equiv="Content-Security-Policy" content="script-src \'self\'">',
    '<script type="module" src="./assets/index.js"></script>',
    '<link rel="modulepreload" href="./assets/boot.js"></head>',
  ].join('\n');

  it('comes right after the CSP, deferred, so it runs before the app entry without holding the parser', () => {
    const html = withBridge(app, 'abc');
    const csp = html.indexOf('Content-Security-Policy');
    const bridge = html.indexOf('<script defer src="/__preview/bridge.js"></script>');
    expect(csp).toBeGreaterThanOrEqual(0);
    expect(bridge).toBeGreaterThan(csp);
    expect(bridge).toBeLessThan(html.indexOf('./assets/index.js'));
    expect(html).toContain('<meta name="passerelle-preview-token" content="abc">');
  });

  it('goes at the end of <head> in a page without a CSP', () => {
    const html = withBridge('<html><head><title>t</title></head><body></body></html>', 'abc');
    expect(html).toMatch(
      /<title>t<\/title><meta name="passerelle-preview-token"[^>]*>\n<script defer src="\/__preview\/bridge.js"><\/script>\n<\/head>/,
    );
  });
});
