import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlannerDocument } from '../../preload/contract/document';

// path.resolve rather than new URL(…, import.meta.url): Vite rewrites the latter as an asset.
const fixturesDirectory = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures');
export const fixturePath = (relative: string): string => resolve(fixturesDirectory, relative);

export const fixtureBytes = (relative: string): Buffer => readFileSync(fixturePath(relative));

/** A valid document of the current schema version; older ones sit beside it for migrations. */
export const CURRENT_FIXTURE = 'documents/v8.json';

export const validDocument = (): PlannerDocument =>
  JSON.parse(fixtureBytes(CURRENT_FIXTURE).toString('utf8')) as PlannerDocument;

export const DAMAGED_FIXTURES = [
  { file: 'damaged/truncated.json', reason: 'truncated' },
  { file: 'damaged/nul-bytes.json', reason: 'corrupt' },
  { file: 'damaged/not-json.json', reason: 'corrupt' },
  { file: 'damaged/schema-invalid.json', reason: 'schema-invalid' },
  { file: 'damaged/newer-version.json', reason: 'newer-version' },
] as const;

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
