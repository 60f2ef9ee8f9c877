/**
 * Serves the built renderer from app://passerelle instead of file://, so the page has a real
 * origin, a CSP header, and no way to read arbitrary files by path.
 */
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { resolveAppRequest } from './app-protocol-paths';
import { CONTENT_SECURITY_POLICY_HEADER } from './csp';
import { APP_SCHEME } from './ipc/trusted-sender';

/**
 * Must run before the app is ready. `codeCache`: V8 keeps the compiled renderer code between
 * starts (Electron enables it only for http(s) unless a custom scheme asks); compiling the
 * app's scripts is a large part of its start-up (docs/start-up.md). Not measurable where no
 * Electron binary runs.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

export function serveRendererFrom(rootDirectory: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const resolved = resolveAppRequest(request.url, rootDirectory);
    if (!resolved.ok) return new Response(null, { status: resolved.status });
    try {
      const body = await readFile(resolved.filePath);
      return new Response(body, {
        headers: {
          'content-type': resolved.contentType,
          'content-security-policy': CONTENT_SECURITY_POLICY_HEADER,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response(null, { status: 404 });
    }
  });
}
