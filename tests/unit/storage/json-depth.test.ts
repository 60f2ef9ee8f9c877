import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createBackup } from '../../../main/services/backup/backup-envelope';
import { createRestoreService } from '../../../main/services/backup/restore-service';
import { backupFileName } from '../../../main/services/storage/backup-retention';
import { checkJsonDepth, MAX_JSON_DEPTH } from '../../../main/services/storage/json-depth';
import { storagePaths } from '../../../main/services/storage/storage-paths';
import { documentWith } from '../../support/documents';
import { sha256 } from '../../support/fixtures';
import { nodeStorage } from '../../support/storage';
import { useTempDirectories } from '../../support/temp-dir';
import { join } from 'node:path';

const tempDirectory = useTempDirectories();
const LEVELS = 100_000;
const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

/** The real nesting depth of a parsed value: an empty array or object counts as one level. */
function depthOf(value: unknown): number {
  if (Array.isArray(value)) return 1 + Math.max(0, ...value.map(depthOf));
  if (typeof value === 'object' && value !== null)
    return 1 + Math.max(0, ...Object.values(value).map(depthOf));
  return 0;
}

describe('checkJsonDepth', () => {
  it('measures the same depth as the parsed value, whatever the JSON (property)', () => {
    fc.assert(
      fc.property(fc.json({ depthSize: 'large' }), (json) => {
        expect(checkJsonDepth(json, 1000)).toEqual({ ok: true, depth: depthOf(JSON.parse(json)) });
      }),
    );
  });

  it('ignores brackets and escaped quotes inside strings', () => {
    expect(checkJsonDepth(JSON.stringify({ note: '[[[{{{ \\" "]]]' }))).toEqual({ ok: true, depth: 1 });
  });

  it('accepts the limit and refuses one level more', () => {
    expect(checkJsonDepth(nested(MAX_JSON_DEPTH))).toEqual({ ok: true, depth: MAX_JSON_DEPTH });
    expect(checkJsonDepth(nested(MAX_JSON_DEPTH + 1))).toMatchObject({ ok: false, limit: MAX_JSON_DEPTH });
  });

  it('refuses 100,000 levels at once, without recursing', () => {
    expect(checkJsonDepth(nested(LEVELS))).toMatchObject({ ok: false });
  });
});

describe('a data file nested 100,000 levels deep', () => {
  it('does not stop start-up: it is quarantined byte for byte and the newest backup restored', () => {
    const directory = tempDirectory();
    const paths = storagePaths(directory);
    // An old version, so the migrations (which clone the document) would see it.
    const hostile = Buffer.from(`{"schemaVersion":1,"profile":${nested(LEVELS)}}`);
    writeFileSync(paths.dataFile, hostile);
    mkdirSync(paths.backupsDirectory);
    const kept = documentWith('Backed up', '', 2);
    writeFileSync(
      join(paths.backupsDirectory, backupFileName('daily', new Date(2026, 10, 20))),
      JSON.stringify(kept),
    );

    const loaded = nodeStorage(directory).load();

    expect(loaded.recovery?.reason).toBe('too-deep');
    expect(loaded.recovery?.restoredBackup?.file).toContain('daily-2026-11-20');
    expect(sha256(readFileSync(loaded.recovery?.quarantinedCopy ?? ''))).toBe(sha256(hostile));
    expect(loaded.document).toEqual(kept);
  });
});

describe('a backup nested 100,000 levels deep', () => {
  it('is refused with a reason at preview and at restore, and the data stays as it was', () => {
    const storage = nodeStorage(tempDirectory());
    storage.load();
    storage.replaceDocument(documentWith('Current', '', 3));
    const hash = sha256(readFileSync(storage.paths.dataFile));
    const backups = createRestoreService({ storage, appVersion: '0.1.0', now: () => new Date(2026, 10, 21) });
    const valid = createBackup(documentWith('Incoming', '', 1), '0.1.0', new Date(2026, 10, 20));
    // Inside the data, which the checksum check serialises again.
    const hostile = valid.replace('"data":{', `"data":{"deep":${nested(LEVELS)},`);

    for (const attempt of [backups.inspect(hostile), backups.restore(hostile)]) {
      expect(attempt).toMatchObject({
        ok: false,
        error: {
          code: 'backup-invalid-data',
          message: `the JSON nests deeper than ${MAX_JSON_DEPTH} levels`,
        },
      });
    }
    expect(sha256(readFileSync(storage.paths.dataFile))).toBe(hash);
    expect(storage.current().profile.name).toBe('Current');
  });
});
