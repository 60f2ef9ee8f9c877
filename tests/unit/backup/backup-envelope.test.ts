import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BACKUP_LIMIT_BYTES, createBackup, readBackup } from '../../../main/services/backup/backup-envelope';
import type { PlannerDocument } from '../../../preload/contract/document';
import { fixtureBytes } from '../../support/fixtures';
import { documentWith } from '../../support/documents';

const NOW = new Date('2026-11-21T10:00:00.000Z');
const bytes = (text: string) => new TextEncoder().encode(text);

describe('backups', () => {
  it('restore to a deep-equal document, whatever the text in it (property)', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 60 }).map((s) => s.trim());
    fc.assert(
      fc.property(
        text.filter((s) => s.length <= 120),
        text,
        fc.integer({ min: 0, max: 30 }),
        (name, notes, count) => {
          const document = documentWith(name, notes, count);
          const reading = readBackup(bytes(createBackup(document, '0.1.0', NOW)));
          expect(reading).toEqual({
            ok: true,
            document,
            exportedAt: NOW.toISOString(),
            appVersion: '0.1.0',
            migratedFrom: null,
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('migrate an older document inside a valid envelope', () => {
    const v1 = JSON.parse(fixtureBytes('documents/v1.json').toString('utf8')) as PlannerDocument;
    const reading = readBackup(bytes(createBackup(v1, '0.0.9', NOW)));
    expect(reading).toMatchObject({ ok: true, migratedFrom: 1 });
  });

  describe('refuse, saying why', () => {
    const good = createBackup(documentWith('Amina', 'notes', 5), '0.1.0', NOW);

    it('a truncated file', () => {
      expect(readBackup(bytes(good.slice(0, good.length - 40)))).toMatchObject({
        ok: false,
        problem: 'not-json',
      });
    });

    it('a flipped bit in the data', () => {
      const at = good.indexOf('Amina');
      const flipped = `${good.slice(0, at)}Bmina${good.slice(at + 5)}`;
      expect(readBackup(bytes(flipped))).toMatchObject({ ok: false, problem: 'checksum-mismatch' });
    });

    it('a file over the limit, before reading it', () => {
      expect(readBackup(new Uint8Array(BACKUP_LIMIT_BYTES + 1))).toMatchObject({
        ok: false,
        problem: 'too-large',
      });
    });

    it('a newer version', () => {
      const newer = good.replace(/"schemaVersion":\d+,"appVersion"/, '"schemaVersion":99,"appVersion"');
      expect(readBackup(bytes(newer))).toMatchObject({ ok: false, problem: 'newer-version' });
    });

    it('any other JSON (property)', () => {
      fc.assert(
        fc.property(fc.json(), (json) => {
          expect(readBackup(bytes(json)).ok).toBe(false);
        }),
      );
    });

    it('bytes that are not UTF-8', () => {
      expect(readBackup(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).toMatchObject({
        ok: false,
        problem: 'not-json',
      });
    });
  });
});
