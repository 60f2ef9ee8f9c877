import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { emptyGigSection, GIG_LIMITS, gigSectionSchema } from '../../../preload/contract/gig-section';
import {
  addEntry,
  addPlatform,
  addScreening,
  newestFirst,
  importPayouts,
  isAlreadyLogged,
  platformNameTaken,
  platformUsage,
  removeEntry,
  removePlatform,
  removeScreening,
  roomFor,
  updateEntry,
  updatePlatform,
  updateScreening,
} from '../../../renderer/src/domain/gig/gig-log';
import type { ImportedPayout } from '../../../renderer/src/domain/gig/payout-import';
import { entry, screening } from './gig-builders';

const { id: _e, ...entryFields } = entry();
const { id: _s, ...screeningFields } = screening();

function twoPlatforms() {
  return addPlatform(addPlatform(emptyGigSection(), ' Mercor ', 'USD'), 'Outlier AI', 'USD');
}

describe('platforms', () => {
  it('adds a platform with a readable id, trimmed name and its currency', () => {
    const section = twoPlatforms();
    expect(section.platforms).toEqual([
      { id: 'mercor', name: 'Mercor', currency: 'USD', notes: '' },
      { id: 'outlier-ai', name: 'Outlier AI', currency: 'USD', notes: '' },
    ]);
    expect(gigSectionSchema.safeParse(section).success).toBe(true);
  });

  it('gives a second platform of the same name its own id, and a name of symbols a fallback id', () => {
    const section = addPlatform(addPlatform(twoPlatforms(), 'mercor', 'EUR'), '€€', 'EUR');
    expect(section.platforms.map((p) => p.id)).toEqual(['mercor', 'outlier-ai', 'mercor-2', 'platform']);
  });

  it('says a name is taken whatever its case and spaces, except by the platform being renamed', () => {
    const section = twoPlatforms();
    expect(platformNameTaken(section, '  outlier ai ')).toBe(true);
    expect(platformNameTaken(section, 'Outlier AI', 'outlier-ai')).toBe(false);
    expect(platformNameTaken(section, 'Scale')).toBe(false);
  });

  it('renames a platform and changes its currency while its id, entries and screenings stay', () => {
    let section = addEntry(twoPlatforms(), entryFields);
    section = updatePlatform(section, 'mercor', { name: ' Mercor Talent ', currency: 'EUR' });
    expect(section.platforms[0]).toEqual({ id: 'mercor', name: 'Mercor Talent', currency: 'EUR', notes: '' });
    expect(section.entries[0]?.platformId).toBe('mercor');
  });

  it('removes a platform with its entries and screenings, and leaves the others', () => {
    let section = twoPlatforms();
    section = addEntry(section, entryFields);
    section = addEntry(section, { ...entryFields, day: '2026-11-03' });
    section = addEntry(section, { ...entryFields, platformId: 'outlier-ai' });
    section = addScreening(section, screeningFields);
    expect(platformUsage(section, 'mercor')).toEqual({ entries: 2, screenings: 1 });
    expect(platformUsage(section, 'outlier-ai')).toEqual({ entries: 1, screenings: 0 });
    const after = removePlatform(section, 'mercor');
    expect(after.platforms.map((p) => p.id)).toEqual(['outlier-ai']);
    expect(after.entries.map((e) => e.id)).toEqual(['outlier-ai-2026-11-02']);
    expect(after.screenings).toEqual([]);
    expect(gigSectionSchema.safeParse(after).success).toBe(true);
  });
});

describe('work entries and screenings', () => {
  it('adds entries with ids from platform and day, numbering a second one the same day', () => {
    let section = addEntry(twoPlatforms(), entryFields);
    section = addEntry(section, { ...entryFields, project: 'Second batch' });
    expect(section.entries.map((e) => e.id)).toEqual(['mercor-2026-11-02', 'mercor-2026-11-02-2']);
    expect(section.entries[1]).toMatchObject({ project: 'Second batch', platformId: 'mercor' });
  });

  it('updates one entry in place and removes one, leaving the other untouched', () => {
    let section = addEntry(addEntry(twoPlatforms(), entryFields), { ...entryFields, day: '2026-11-05' });
    section = updateEntry(section, 'mercor-2026-11-02', { ...entryFields, paidMinutes: 90 });
    expect(section.entries.map((e) => [e.id, e.paidMinutes])).toEqual([
      ['mercor-2026-11-02', 90],
      ['mercor-2026-11-05', 0],
    ]);
    section = removeEntry(section, 'mercor-2026-11-02');
    expect(section.entries.map((e) => e.id)).toEqual(['mercor-2026-11-05']);
  });

  it('adds, updates and removes a screening, keeping the retake day it was given', () => {
    let section = addScreening(twoPlatforms(), {
      ...screeningFields,
      outcome: 'failed',
      retakeFrom: '2027-01-20',
      unpaidMinutes: 45,
    });
    expect(section.screenings[0]).toMatchObject({ id: 'mercor-2026-10-20', retakeFrom: '2027-01-20' });
    section = updateScreening(section, 'mercor-2026-10-20', { ...screeningFields, outcome: 'passed' });
    expect(section.screenings[0]).toMatchObject({ outcome: 'passed', retakeFrom: null });
    expect(removeScreening(section, 'mercor-2026-10-20').screenings).toEqual([]);
  });

  it('lists entries newest first, the one logged last first on the same day', () => {
    const list = [
      entry({ id: 'a', day: '2026-11-02' }),
      entry({ id: 'b', day: '2026-11-10' }),
      entry({ id: 'c', day: '2026-11-02' }),
      entry({ id: 'd', day: '2025-12-31' }),
    ];
    expect(newestFirst(list).map((e) => e.id)).toEqual(['b', 'c', 'a', 'd']);
  });

  it('counts the room left before the contract’s limits', () => {
    const section = twoPlatforms();
    expect(roomFor(section, 'platforms')).toBe(GIG_LIMITS.platforms - 2);
    expect(roomFor(section, 'entries')).toBe(GIG_LIMITS.workEntries);
    expect(roomFor(section, 'screenings')).toBe(GIG_LIMITS.screenings);
  });
});

describe('importing payouts', () => {
  const payout = (overrides: Partial<ImportedPayout> = {}): ImportedPayout => ({
    day: '2026-11-02',
    paidOn: '2026-11-09',
    amountMinor: 5250,
    feeMinor: 150,
    currency: 'USD',
    project: 'Finance rubric',
    paidMinutes: 150,
    tasks: 0,
    note: '',
    ...overrides,
  });

  it('knows a row of an overlapping statement that was imported before, on that platform only', () => {
    const imported = importPayouts(twoPlatforms(), 'outlier-ai', [payout()]);
    expect(isAlreadyLogged(imported, 'outlier-ai', payout())).toBe(true);
    // Another amount, another day or another platform is new work.
    expect(isAlreadyLogged(imported, 'outlier-ai', payout({ amountMinor: 5300 }))).toBe(false);
    expect(isAlreadyLogged(imported, 'outlier-ai', payout({ day: '2026-11-03' }))).toBe(false);
    expect(isAlreadyLogged(imported, 'mercor', payout())).toBe(false);
  });

  it('adds each confirmed row as an entry of the chosen platform, ids unique among those logged', () => {
    const section = importPayouts(
      addEntry(twoPlatforms(), { ...entryFields, platformId: 'outlier-ai' }),
      'outlier-ai',
      [payout(), payout({ amountMinor: 3500, feeMinor: 0, paidMinutes: 100 })],
    );
    expect(section.entries.map((e) => e.id)).toEqual([
      'outlier-ai-2026-11-02',
      'outlier-ai-2026-11-02-2',
      'outlier-ai-2026-11-02-3',
    ]);
    // 52.50 earned as a project fee; 52.50 − 1.50 fee = 51.00 received.
    expect(section.entries[1]).toMatchObject({
      rate: { amountMinor: 5250, unit: 'project' },
      payout: { receivedMinor: 5100, feesMinor: 150 },
      paidMinutes: 150,
      paidOn: '2026-11-09',
    });
    expect(gigSectionSchema.safeParse(section).success).toBe(true);
  });

  test.prop([fc.array(fc.constantFrom('2026-11-02', '2026-11-03', '2026-12-01'), { maxLength: 40 })])(
    'never makes two entries with one id, however many rows share a day',
    (days) => {
      const section = importPayouts(
        twoPlatforms(),
        'mercor',
        days.map((day) => payout({ day })),
      );
      expect(new Set(section.entries.map((e) => e.id)).size).toBe(days.length);
    },
  );
});
