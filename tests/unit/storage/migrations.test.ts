import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createDefaultDocument,
  CURRENT_SCHEMA_VERSION,
  plannerDocumentSchema,
} from '../../../preload/contract/document';
import { migrateToCurrent, type Migration } from '../../../main/services/storage/migrations';
import { fixtureBytes, fixturePath } from '../../support/fixtures';

const pastVersionFixtures = readdirSync(fixturePath('documents')).filter((name) => /^v\d+\.json$/.test(name));

describe('migrations shipped with the app', () => {
  it('has a fixture for every version from 1 to the current one', () => {
    const versions = pastVersionFixtures.map((name) => Number(/\d+/.exec(name)?.[0])).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, index) => index + 1));
  });

  it.each(pastVersionFixtures)('brings %s to a valid current document, and twice equals once', (name) => {
    const raw = JSON.parse(fixtureBytes(`documents/${name}`).toString('utf8')) as Record<string, unknown>;
    const once = migrateToCurrent(raw);
    expect(once.ok).toBe(true);
    if (!once.ok) return;
    expect(plannerDocumentSchema.safeParse(once.document).success).toBe(true);
    const twice = migrateToCurrent(once.document);
    expect(twice).toEqual({ ok: true, document: once.document, migratedFrom: null });
  });
});

describe('migrateToCurrent, on a made-up three-version history', () => {
  const history: Record<number, Migration> = {
    1: (doc) => ({ ...doc, hours: Number(doc.hoursText) }),
    2: (doc) => {
      const { hoursText: _unused, ...rest } = doc;
      return rest;
    },
  };

  it('runs each step in order and stamps the final version', () => {
    const result = migrateToCurrent({ schemaVersion: 1, hoursText: '12' }, history, 3);
    expect(result).toEqual({ ok: true, document: { schemaVersion: 3, hours: 12 }, migratedFrom: 1 });
  });

  it('leaves the input untouched when a step throws', () => {
    const input = { schemaVersion: 1, hoursText: '12', nested: { keep: [1, 2] } };
    const snapshot = structuredClone(input);
    const failing = {
      ...history,
      2: (doc: Record<string, unknown>) => {
        (doc.nested as { keep: number[] }).keep.push(3);
        throw new Error('bad data');
      },
    };
    const result = migrateToCurrent(input, failing, 3);
    expect(result).toMatchObject({ ok: false, problem: 'migration-failed' });
    expect(input).toEqual(snapshot);
  });

  it('refuses a file from a newer version', () => {
    expect(migrateToCurrent({ schemaVersion: 4 }, history, 3)).toMatchObject({
      ok: false,
      problem: 'newer-version',
    });
  });

  it('refuses a missing, fractional or negative version', () => {
    for (const schemaVersion of [undefined, 1.5, -1, '1']) {
      expect(migrateToCurrent({ schemaVersion }, history, 3)).toMatchObject({
        ok: false,
        problem: 'unknown-version',
      });
    }
  });

  it('refuses a gap in the migration chain', () => {
    expect(migrateToCurrent({ schemaVersion: 1 }, { 1: history[1] as Migration }, 3)).toMatchObject({
      ok: false,
      problem: 'migration-failed',
    });
  });
});

describe('6 → 7: benefit rules, exchange rates, pay units a week', () => {
  const v6 = () =>
    JSON.parse(fixtureBytes('documents/v6.json').toString('utf8')) as Record<string, unknown> & {
      budget: Record<string, unknown>;
    };

  it('keeps saved benefits as the fixed rule, with every amount as it was', () => {
    const document = v6();
    const benefits = {
      amountMinor: 168660,
      period: 'month',
      startsOn: '2027-01-20',
      payments: 15,
      reducedAmountMinor: null,
      reducedFromPayment: null,
      finalPaymentMinor: 84330,
      partialPercent: 70,
      partialDisregardMinor: 0,
      netPercent: 93,
      endsWithNewJob: true,
    };
    document.budget.benefits = benefits;
    const result = migrateToCurrent(document);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const migrated = plannerDocumentSchema.parse(result.document);
    expect(migrated.budget.benefits).toEqual({ ...benefits, are: null });
    expect(migrated.budget.exchangeRates).toEqual([]);
    expect(migrated.applications.applications[0]?.pay).toEqual({
      minMinor: 6000,
      maxMinor: 9000,
      unit: 'hour',
      currency: 'USD',
      unitsPerWeek: null,
    });
  });
});

describe('a new document', () => {
  it('passes the schema: a first start writes it without a check, and later starts trust those bytes', () => {
    expect(plannerDocumentSchema.safeParse(createDefaultDocument()).success).toBe(true);
  });
});
