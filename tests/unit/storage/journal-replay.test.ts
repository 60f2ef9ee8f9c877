import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { JournalChange } from '../../../main/services/storage/journal-format';
import {
  applyCheckedChange,
  checkChange,
  replayChanges,
} from '../../../main/services/storage/journal-replay';
import { application } from '../../support/applications';
import { validDocument } from '../../support/fixtures';

const ids = ['a', 'b', 'c', 'd'];
const change: fc.Arbitrary<JournalChange> = fc.oneof(
  fc.record({
    op: fc.constant('put' as const),
    application: fc
      .tuple(fc.constantFrom(...ids), fc.string({ maxLength: 8 }))
      .map(([id, notes]) => application(id, { notes })),
  }),
  fc.record({ op: fc.constant('remove' as const), id: fc.constantFrom(...ids) }),
  fc.record({
    op: fc.constant('section' as const),
    section: fc.constant('profile'),
    value: fc.string({ maxLength: 20 }).map((name) => ({ ...validDocument().profile, name })),
  }),
  fc.constant<JournalChange>({ op: 'put', application: { id: 'bad' } }),
);

/** What the live service does: each change checked against the document, then applied. */
function oneByOne(changes: readonly JournalChange[]) {
  let document = validDocument();
  let applied = 0;
  for (const next of changes) {
    const checked = checkChange(document, next);
    if (!checked.ok) break;
    document = applyCheckedChange(document, checked.change);
    applied += 1;
  }
  return { document, applied };
}

describe('replaying changes', () => {
  test.prop([fc.array(change, { maxLength: 25 })], { numRuns: 200 })(
    'gives exactly the document the live service built, change by change, stopping at the same bad one',
    (changes) => {
      expect(replayChanges(validDocument(), changes)).toEqual(oneByOne(changes));
    },
  );

  it('keeps list order: a new application goes last, a replaced one stays in place', () => {
    const { document } = replayChanges(validDocument(), [
      { op: 'put', application: application('x') },
      { op: 'put', application: application('y') },
      { op: 'put', application: application('x', { role: 'Lead' }) },
    ]);
    const tail = document.applications.applications.slice(-2).map((a) => [a.id, a.role]);
    expect(tail).toEqual([
      ['x', 'Lead'],
      ['y', 'Clinical reviewer'],
    ]);
  });
});
