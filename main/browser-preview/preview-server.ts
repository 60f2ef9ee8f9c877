/**
 * `npm run preview:browser`: the built renderer on http://127.0.0.1 with window.api bridged
 * over HTTP to the real main-process services (same handlers, same validation, same
 * storage). For machines without Electron and for the end-to-end suite; never packaged.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { INVOKE_CHANNELS, type InvokeChannel, type StorageStatus } from '../../preload/contract/channels';
import { resolveAppRequest } from '../app-protocol-paths';
import { CONTENT_SECURITY_POLICY_HEADER } from '../csp';
import { APP_HOST, APP_SCHEME } from '../ipc/trusted-sender';
import { systemLanguageFrom } from '../system-language';
import { createMainServices } from '../services/main-services';
import { saveIntoFolder } from '../services/files/save-into-folder';
import { storagePaths } from '../services/storage/storage-paths';
import { createChromiumPrinter } from './chromium-printer';
import { listenOnPort } from './listen';
import { isOwnOrigin, MAX_REQUEST_BYTES, tokensMatch } from './preview-requests';

export interface PreviewServer {
  url: string;
  dataDirectory: string;
  /** Set when the wanted port was busy and a free one was taken instead. */
  busyPort: number | null;
  /** Saves pending changes first, then drops every connection and the printer's browser. */
  close(): Promise<void>;
}

/** Closing never waits longer than this for the printer's browser: the data is already saved. */
const PRINTER_CLOSE_GRACE_MS = 500;

let bridgeScript: Promise<string> | null = null;

/**
 * The bridge goes first in <head>, right after the page's CSP (which must govern it), and
 * deferred: it downloads beside the app's chunks without holding the parser, and still runs
 * before the app's entry (deferred and module scripts run in document order), as Electron's
 * preload runs before any page script. Placed last and blocking, it held the parser until
 * its download, queued behind the app's preloads, was done (docs/start-up.md).
 */
export function withBridge(html: string, token: string): string {
  const tags = `<meta name="passerelle-preview-token" content="${token}">\n<script defer src="/__preview/bridge.js"></script>\n`;
  const csp = /<meta http-equiv="Content-Security-Policy"[^>]*>\s*/i.exec(html);
  if (csp) return html.slice(0, csp.index + csp[0].length) + tags + html.slice(csp.index + csp[0].length);
  return html.replace('</head>', `${tags}</head>`);
}
function bundleBridge(): Promise<string> {
  bridgeScript ??= build({
    entryPoints: [fileURLToPath(new URL('../../preload/browser-preview-bridge.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return bridgeScript;
}

async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_REQUEST_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, status: number, body: string, type: string): void {
  response.writeHead(status, {
    'content-type': type,
    'content-security-policy': CONTENT_SECURITY_POLICY_HEADER,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  response.end(body);
}

/** A start that fails after binding must not leave the port held and the process alive. */
function withServerClosedOnThrow<T>(server: Server, start: () => T): T {
  try {
    return start();
  } catch (error) {
    server.close();
    throw error;
  }
}

export async function startPreviewServer(options: {
  rendererDirectory: string;
  dataDirectory: string;
  port?: number;
  /** Whether a busy port may be swapped for a free one (the default port only). */
  portFallback?: boolean;
  now?: () => Date;
}): Promise<PreviewServer> {
  const token = randomBytes(24).toString('hex');
  // The port is taken before the data folder is touched: a start that fails on a busy port
  // must leave no trace in the user's data.
  let bridge = '';
  const ready = bundleBridge().then((script) => {
    bridge = script;
  });
  const server = createServer((request, response) => {
    void ready.then(() => serve(request, response));
  });
  const listening = await listenOnPort(server, {
    port: options.port ?? 0,
    host: '127.0.0.1',
    fallback: options.portFallback ?? false,
  });
  // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- loopback only; TLS adds nothing here
  const origin = `http://127.0.0.1:${listening.port}`;
  const printer = createChromiumPrinter();
  const { exportsDirectory } = storagePaths(options.dataDirectory);
  const { storage, handlers } = withServerClosedOnThrow(server, () =>
    createMainServices({
      chooseSaveTarget: saveIntoFolder(exportsDirectory),
      defaultSaveFolder: exportsDirectory,
      printPdf: printer.print,
      directory: options.dataDirectory,
      ...(options.now ? { now: options.now } : {}),
      // The preview has no OS browser to hand links to; the allow-list still runs first.
      openExternal: () => Promise.resolve(),
      appInfo: {
        version: process.env.npm_package_version ?? '0.0.0',
        runtime: 'browser-preview',
        platform: process.platform,
        systemLanguage: systemLanguageFrom([Intl.DateTimeFormat().resolvedOptions().locale]),
      },
    }),
  );
  const streams = new Set<ServerResponse>();
  storage.onStatus((status: StorageStatus) => {
    const frame = `data: ${JSON.stringify({ channel: 'storage:status', payload: status })}\n\n`;
    streams.forEach((stream) => stream.write(frame));
  });
  await ready;

  function serve(request: IncomingMessage, response: ServerResponse): void {
    void (async () => {
      const url = new URL(request.url ?? '/', origin);
      if (!isOwnOrigin(request.headers, origin)) return send(response, 403, 'forbidden', 'text/plain');

      if (url.pathname.startsWith('/__preview/api/')) {
        const channel = url.pathname.slice('/__preview/api/'.length) as InvokeChannel;
        if (request.method !== 'POST' || !INVOKE_CHANNELS.includes(channel))
          return send(response, 404, '', 'text/plain');
        if (!tokensMatch(token, request.headers['x-passerelle-token'] as string | undefined)) {
          return send(response, 403, 'forbidden', 'text/plain');
        }
        const declared = Number(request.headers['content-length'] ?? 0);
        const body = declared > MAX_REQUEST_BYTES ? null : await readBody(request);
        if (body === null) {
          response.setHeader('connection', 'close');
          send(response, 413, 'too large', 'text/plain');
          return request.destroy();
        }
        let payload: unknown;
        try {
          payload = (JSON.parse(body) as { payload?: unknown }).payload;
        } catch {
          payload = Symbol('unparseable');
        }
        const result = await handlers[channel](payload);
        return send(response, 200, JSON.stringify(result), 'application/json; charset=utf-8');
      }
      if (url.pathname === '/__preview/events') {
        if (!tokensMatch(token, url.searchParams.get('token')))
          return send(response, 403, 'forbidden', 'text/plain');
        response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
        response.write(': connected\n\n');
        streams.add(response);
        request.on('close', () => streams.delete(response));
        return;
      }
      if (url.pathname === '/__preview/bridge.js')
        return send(response, 200, bridge, 'text/javascript; charset=utf-8');

      const resolved = resolveAppRequest(
        `${APP_SCHEME}://${APP_HOST}${url.pathname}`,
        options.rendererDirectory,
      );
      if (!resolved.ok) return send(response, resolved.status, '', 'text/plain');
      const file = await readFile(resolved.filePath).catch(() => null);
      if (!file) return send(response, 404, '', 'text/plain');
      if (!resolved.filePath.endsWith('index.html')) {
        response.writeHead(200, {
          'content-type': resolved.contentType,
          'x-content-type-options': 'nosniff',
        });
        return response.end(file);
      }
      const html = withBridge(file.toString('utf8'), token);
      return send(response, 200, html, resolved.contentType);
    })().catch((error: unknown) => send(response, 500, String(error), 'text/plain'));
  }

  let closing: Promise<void> | null = null;
  const close = async () => {
    storage.flush();
    streams.forEach((stream) => stream.end());
    const closed = new Promise<void>((done) => server.close(() => done()));
    // Open pages keep sockets alive (and an event stream); do not wait for them to leave.
    server.closeAllConnections();
    await closed;
    const grace = new Promise<void>((done) => setTimeout(done, PRINTER_CLOSE_GRACE_MS).unref());
    await Promise.race([printer.close().catch(() => undefined), grace]);
  };
  return {
    url: `${origin}/`,
    dataDirectory: options.dataDirectory,
    busyPort: listening.busyPort,
    close: () => (closing ??= close()),
  };
}
