/**
 * Rolling backups: the last few saves plus one per day for two weeks.
 * Naming and retention are pure (a fixed clock tests them); backup-store.ts does the I/O.
 */
import { differenceInCalendarDays, differenceInMinutes, format, isValid, parse } from 'date-fns';

export type BackupKind = 'recent' | 'daily';

export interface BackupEntry {
  fileName: string;
  kind: BackupKind;
  takenAt: Date;
}

export interface RetentionPolicy {
  /** How many of the newest "recent" backups to keep. */
  recentCount: number;
  /** A new "recent" backup is taken at most this often, so a burst of saves keeps history. */
  recentIntervalMinutes: number;
  /** Daily backups younger than this many calendar days are kept. */
  dailyDays: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = {
  recentCount: 10,
  recentIntervalMinutes: 5,
  dailyDays: 14,
};

const RECENT_PATTERN = "yyyyMMdd'T'HHmmssSSS";
const DAILY_PATTERN = 'yyyy-MM-dd';
const NAME = /^(recent|daily)-([0-9T-]+)\.json$/;

export function backupFileName(kind: BackupKind, at: Date): string {
  return `${kind}-${format(at, kind === 'recent' ? RECENT_PATTERN : DAILY_PATTERN)}.json`;
}

export function parseBackupFileName(fileName: string): BackupEntry | null {
  const match = NAME.exec(fileName);
  if (!match) return null;
  const kind = match[1] as BackupKind;
  const takenAt = parse(match[2] ?? '', kind === 'recent' ? RECENT_PATTERN : DAILY_PATTERN, new Date(0));
  return isValid(takenAt) ? { fileName, kind, takenAt } : null;
}

const newestFirst = (a: BackupEntry, b: BackupEntry) => b.takenAt.getTime() - a.takenAt.getTime();

/** Backups to try when restoring: newest first, whatever their kind. */
export function restoreOrder(entries: readonly BackupEntry[]): BackupEntry[] {
  return [...entries].sort(newestFirst);
}

export function planRetention(
  entries: readonly BackupEntry[],
  now: Date,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): { keep: BackupEntry[]; remove: BackupEntry[] } {
  const recent = entries.filter((entry) => entry.kind === 'recent').sort(newestFirst);
  const keptRecent = new Set(recent.slice(0, policy.recentCount));
  const keep: BackupEntry[] = [];
  const remove: BackupEntry[] = [];
  for (const entry of entries) {
    const kept =
      entry.kind === 'recent'
        ? keptRecent.has(entry)
        : differenceInCalendarDays(now, entry.takenAt) < policy.dailyDays;
    (kept ? keep : remove).push(entry);
  }
  return { keep, remove };
}

/** Which backups a save at `now` should add, given those that exist. */
export function backupsDue(
  entries: readonly BackupEntry[],
  now: Date,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): BackupKind[] {
  const due: BackupKind[] = [];
  const newestRecent = entries.filter((entry) => entry.kind === 'recent').sort(newestFirst)[0];
  if (!newestRecent || differenceInMinutes(now, newestRecent.takenAt) >= policy.recentIntervalMinutes) {
    due.push('recent');
  }
  if (
    !entries.some((entry) => entry.kind === 'daily' && differenceInCalendarDays(now, entry.takenAt) === 0)
  ) {
    due.push('daily');
  }
  return due;
}
