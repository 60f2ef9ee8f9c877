import { describe, expect, it } from 'vitest';
import { addDays, addMinutes } from 'date-fns';
import fc from 'fast-check';
import {
  backupFileName,
  backupsDue,
  parseBackupFileName,
  planRetention,
  type BackupEntry,
} from '../../../main/services/storage/backup-retention';

// A fixed clock: 21 November 2026, 14:00 local time.
const NOW = new Date(2026, 10, 21, 14, 0, 0);

const entry = (kind: BackupEntry['kind'], takenAt: Date): BackupEntry => ({
  kind,
  takenAt,
  fileName: backupFileName(kind, takenAt),
});

describe('backup file names', () => {
  it('round-trip through parse for both kinds', () => {
    const at = new Date(2026, 1, 28, 23, 59, 58, 7);
    expect(parseBackupFileName(backupFileName('recent', at))?.takenAt).toEqual(at);
    expect(parseBackupFileName(backupFileName('daily', at))?.takenAt).toEqual(new Date(2026, 1, 28));
  });

  it('ignore files that are not backups', () => {
    expect(parseBackupFileName('notes.txt')).toBeNull();
    expect(parseBackupFileName('daily-2026-02-30.json')).toBeNull();
  });
});

describe('planRetention with a fixed clock', () => {
  it('keeps the ten newest recent backups and daily ones from the last 14 days', () => {
    const recent = Array.from({ length: 13 }, (_, index) => entry('recent', addMinutes(NOW, -10 * index)));
    const daily = Array.from({ length: 20 }, (_, index) => entry('daily', addDays(NOW, -index)));
    const { keep, remove } = planRetention([...recent, ...daily], NOW);
    expect(keep.filter((e) => e.kind === 'recent')).toEqual(recent.slice(0, 10));
    expect(keep.filter((e) => e.kind === 'daily')).toEqual(daily.slice(0, 14));
    expect(remove).toEqual([...recent.slice(10), ...daily.slice(14)]);
  });

  it('never removes anything when there are few backups', () => {
    const few = [entry('recent', NOW), entry('daily', addDays(NOW, -3))];
    expect(planRetention(few, NOW).remove).toEqual([]);
  });

  it('keeps and removes disjoint sets that together are the input (property)', () => {
    const arbitraryEntry = fc
      .record({
        kind: fc.constantFrom('recent' as const, 'daily' as const),
        minutes: fc.integer({ min: 0, max: 60 * 24 * 60 }),
      })
      .map(({ kind, minutes }) => entry(kind, addMinutes(NOW, -minutes)));
    fc.assert(
      fc.property(fc.array(arbitraryEntry, { maxLength: 60 }), (entries) => {
        const { keep, remove } = planRetention(entries, NOW);
        expect(keep.length + remove.length).toBe(entries.length);
        expect(keep.filter((e) => e.kind === 'recent').length).toBeLessThanOrEqual(10);
        expect(new Set([...keep, ...remove]).size).toBe(entries.length);
      }),
    );
  });
});

describe('backupsDue', () => {
  it('asks for both kinds when there are none', () => {
    expect(backupsDue([], NOW)).toEqual(['recent', 'daily']);
  });

  it('waits five minutes between recent backups and takes one daily per calendar day', () => {
    const existing = [entry('recent', addMinutes(NOW, -4)), entry('daily', addMinutes(NOW, -60))];
    expect(backupsDue(existing, NOW)).toEqual([]);
    expect(backupsDue(existing, addMinutes(NOW, 1))).toEqual(['recent']);
    expect(backupsDue(existing, addDays(NOW, 1))).toEqual(['recent', 'daily']);
  });
});
