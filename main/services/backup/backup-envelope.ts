/**
 * The full backup a user keeps (issue 7): a versioned envelope around the document, with a
 * checksum, so a restore can tell a damaged or foreign file from a good one before it
 * touches anything. Pure: bytes in, a checked document out.
 *
 * Reading checks, in order: the size (a clear limit, before parsing), strict UTF-8, the
 * nesting depth (a linear scan, before parsing), JSON,
 * the envelope's shape and format name, the version (newer ones are refused, older ones
 * migrated), the checksum over the data exactly as written, and finally the document schema.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import {
  CURRENT_SCHEMA_VERSION,
  plannerDocumentSchema,
  type PlannerDocument,
} from '../../../preload/contract/document';
import { checkJsonDepth } from '../storage/json-depth';
import { migrateToCurrent } from '../storage/migrations';

import { BACKUP_FORMAT, BACKUP_LIMIT_BYTES } from '../../../preload/contract/backup-limits';

export { BACKUP_FORMAT, BACKUP_LIMIT_BYTES };

const envelopeSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  schemaVersion: z.int().min(1),
  appVersion: z.string().max(40),
  exportedAt: z.iso.datetime(),
  /** SHA-256, in hex, of `data` serialised as it is in the file (JSON.stringify, no spaces). */
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
  data: z.record(z.string(), z.unknown()),
});

export type BackupProblem =
  | 'too-large'
  | 'too-deep'
  | 'not-json'
  | 'not-a-backup'
  | 'newer-version'
  | 'checksum-mismatch'
  | 'invalid-data';

export type BackupReading =
  | {
      ok: true;
      document: PlannerDocument;
      exportedAt: string;
      appVersion: string;
      migratedFrom: number | null;
    }
  | { ok: false; problem: BackupProblem; detail: string };

const checksumOf = (serialisedData: string) =>
  createHash('sha256').update(serialisedData, 'utf8').digest('hex');

export function createBackup(document: PlannerDocument, appVersion: string, exportedAt: Date): string {
  const data = JSON.stringify(document);
  // The envelope is written by hand around the exact `data` text the checksum covers.
  const head = {
    format: BACKUP_FORMAT,
    schemaVersion: document.schemaVersion,
    appVersion,
    exportedAt: exportedAt.toISOString(),
    checksum: checksumOf(data),
  };
  return `${JSON.stringify(head).slice(0, -1)},"data":${data}}`;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export function readBackup(bytes: Uint8Array): BackupReading {
  if (bytes.length > BACKUP_LIMIT_BYTES) {
    return {
      ok: false,
      problem: 'too-large',
      detail: `${bytes.length} bytes; the limit is ${BACKUP_LIMIT_BYTES}`,
    };
  }
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch (error) {
    return { ok: false, problem: 'not-json', detail: error instanceof Error ? error.message : String(error) };
  }
  // Before parsing: the checksum's JSON.stringify and the migrations would overflow the stack.
  const depth = checkJsonDepth(text);
  if (!depth.ok) return { ok: false, problem: 'too-deep', detail: depth.detail };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: 'not-json', detail: error instanceof Error ? error.message : String(error) };
  }
  const envelope = envelopeSchema.safeParse(parsed);
  if (!envelope.success)
    return { ok: false, problem: 'not-a-backup', detail: envelope.error.issues[0]?.message ?? '' };
  const { schemaVersion, data, checksum, exportedAt, appVersion } = envelope.data;
  if (schemaVersion > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      problem: 'newer-version',
      detail: `backup version ${schemaVersion}; this app reads up to ${CURRENT_SCHEMA_VERSION}`,
    };
  }
  // Re-serialising the parsed data gives back the exact text the checksum was taken over.
  if (checksumOf(JSON.stringify(data)) !== checksum) {
    return { ok: false, problem: 'checksum-mismatch', detail: 'the data does not match its checksum' };
  }
  const migrated = migrateToCurrent(data);
  if (!migrated.ok) {
    const problem = migrated.problem === 'newer-version' ? 'newer-version' : 'invalid-data';
    return { ok: false, problem, detail: migrated.detail };
  }
  const document = plannerDocumentSchema.safeParse(migrated.document);
  if (!document.success)
    return { ok: false, problem: 'invalid-data', detail: document.error.issues[0]?.message ?? '' };
  return { ok: true, document: document.data, exportedAt, appVersion, migratedFrom: migrated.migratedFrom };
}
