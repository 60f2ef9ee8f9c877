import { describe, expect, it } from 'vitest';
import { inspectDocumentBytes } from '../../../main/services/storage/inspect-document';
import { CURRENT_FIXTURE, DAMAGED_FIXTURES, fixtureBytes, validDocument } from '../../support/fixtures';

describe('inspectDocumentBytes', () => {
  it('accepts a valid current document as it is', () => {
    const result = inspectDocumentBytes(fixtureBytes(CURRENT_FIXTURE));
    expect(result).toEqual({ ok: true, document: validDocument(), migratedFrom: null });
  });

  it.each(DAMAGED_FIXTURES)('names the damage in $file as $reason', ({ file, reason }) => {
    const result = inspectDocumentBytes(fixtureBytes(file));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe(reason);
  });

  it('calls an empty file truncated', () => {
    expect(inspectDocumentBytes(new Uint8Array())).toMatchObject({ ok: false, reason: 'truncated' });
  });

  it('calls bytes that are not UTF-8 corrupt', () => {
    expect(inspectDocumentBytes(Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d]))).toMatchObject({
      ok: false,
      reason: 'corrupt',
    });
  });

  it('reads a file an editor saved with a byte-order mark', () => {
    const withMark = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(fixtureBytes(CURRENT_FIXTURE)),
    ]);
    expect(inspectDocumentBytes(withMark)).toMatchObject({ ok: true, migratedFrom: null });
  });

  it('refuses a top-level array or a missing schemaVersion as schema-invalid', () => {
    const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
    expect(inspectDocumentBytes(encode([1, 2]))).toMatchObject({ ok: false, reason: 'schema-invalid' });
    const { schemaVersion: _dropped, ...withoutVersion } = validDocument();
    expect(inspectDocumentBytes(encode(withoutVersion))).toMatchObject({
      ok: false,
      reason: 'schema-invalid',
    });
  });

  it('refuses unknown fields rather than silently dropping them', () => {
    const document = { ...validDocument(), surprise: true };
    const result = inspectDocumentBytes(new TextEncoder().encode(JSON.stringify(document)));
    expect(result).toMatchObject({ ok: false, reason: 'schema-invalid' });
  });
});
