/** Entry for `npm run preview:browser`. Prints the URL; Ctrl+C saves and stops. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startPreviewServer } from './preview-server';

const dataDirectory = process.env.PASSERELLE_DATA_DIR
  ? resolve(process.env.PASSERELLE_DATA_DIR)
  : mkdtempSync(join(tmpdir(), 'passerelle-preview-'));
const port = Number(process.env.PORT ?? 5199);

const server = await startPreviewServer({ rendererDirectory: resolve('out/renderer'), dataDirectory, port });
console.log(`Passerelle preview: ${server.url}`);
console.log(`Data folder: ${dataDirectory}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
