/**
 * Entry for `npm run preview:browser`. Prints the URL; Ctrl+C or SIGTERM saves and stops
 * within a second, even with pages connected and Chromium started for PDFs.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_PREVIEW_PORT, PortBusyError } from './listen';
import { startPreviewServer, type PreviewServer } from './preview-server';

/** Past this the process exits anyway: the data was flushed first thing in close(). */
const SHUTDOWN_DEADLINE_MS = 800;

const requestedPort = process.env.PORT;
const port =
  requestedPort === undefined || requestedPort === '' ? DEFAULT_PREVIEW_PORT : Number(requestedPort);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a whole number from 0 to 65535 (it is "${requestedPort}").`);
  process.exit(1);
}
const dataDirectory = process.env.PASSERELLE_DATA_DIR
  ? resolve(process.env.PASSERELLE_DATA_DIR)
  : mkdtempSync(join(tmpdir(), 'passerelle-preview-'));

let server: PreviewServer;
try {
  server = await startPreviewServer({
    rendererDirectory: resolve('out/renderer'),
    dataDirectory,
    port,
    portFallback: requestedPort === undefined || requestedPort === '',
  });
} catch (error) {
  // A busy port is the one failure people meet: one line, no trace.
  console.error(
    error instanceof PortBusyError ? error.message : `The preview could not start: ${String(error)}`,
  );
  process.exit(1);
}
if (server.busyPort !== null) {
  console.log(`Port ${server.busyPort} is in use, so the preview took a free one (set PORT to choose).`);
}
console.log(`Passerelle preview: ${server.url}`);
console.log(`Data folder: ${dataDirectory}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    setTimeout(() => process.exit(0), SHUTDOWN_DEADLINE_MS).unref();
    void server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`The preview stopped with a problem: ${String(error)}`);
        process.exit(1);
      },
    );
  });
}
