import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addMinutes } from 'date-fns';
import type { PlannerDocument, Profile } from '../../../preload/contract/document';
import { sha256 } from '../../support/fixtures';
import { nodeStorage } from '../../support/storage';
import { useTempDirectories } from '../../support/temp-dir';

const tempDirectory = useTempDirectories();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

function loadedStorage(now?: () => Date) {
  const directory = tempDirectory();
  const storage = nodeStorage(directory, now);
  const loaded = storage.load();
  return { storage, loaded, dataFile: storage.paths.dataFile };
}

const savedDocument = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as PlannerDocument;
const named = (profile: Profile, name: string): Profile => ({ ...profile, name });

describe('saving', () => {
  it('waits for a pause in typing, then writes once', () => {
    const { storage, loaded, dataFile } = loadedStorage();
    const writes: string[] = [];
    storage.onStatus((status) => writes.push(status.state));
    for (const name of ['A', 'Am', 'Ami', 'Amin', 'Amina']) {
      storage.replaceSection({ section: 'profile', value: named(loaded.document.profile, name) });
      vi.advanceTimersByTime(20);
    }
    expect(writes.filter((state) => state === 'saved')).toHaveLength(0);
    vi.advanceTimersByTime(60);
    expect(writes.filter((state) => state === 'saved')).toHaveLength(1);
    expect(savedDocument(dataFile).profile.name).toBe('Amina');
  });

  it('still writes during non-stop typing, at least every maxWait', () => {
    const { storage, loaded, dataFile } = loadedStorage();
    for (let step = 0; step < 12; step += 1) {
      storage.replaceSection({ section: 'profile', value: named(loaded.document.profile, `name ${step}`) });
      vi.advanceTimersByTime(30);
    }
    expect(savedDocument(dataFile).profile.name).not.toBe('');
  });

  it('writes at once on flush (quit), with nothing left pending', () => {
    const { storage, loaded, dataFile } = loadedStorage();
    storage.replaceSection({ section: 'preferences', value: { language: 'fr', theme: 'dark' } });
    const receipt = storage.flush();
    expect(receipt).toMatchObject({ ok: true, value: { pending: false } });
    expect(savedDocument(dataFile).preferences).toEqual({ language: 'fr', theme: 'dark' });
    expect(loaded.document.preferences.language).toBe('en');
  });

  it('refuses a change that would make the document invalid, and keeps the file as it was', () => {
    const { storage, loaded, dataFile } = loadedStorage();
    storage.replaceSection({ section: 'profile', value: named(loaded.document.profile, 'Saved') });
    storage.flush();
    const before = sha256(readFileSync(dataFile));
    const bad = { ...loaded.document.profile, hoursPerWeek: 500 };
    const result = storage.replaceSection({ section: 'profile', value: bad });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(result.ok ? [] : result.error.issues?.map((issue) => issue.path)).toEqual([
      'profile.hoursPerWeek',
    ]);
    storage.flush();
    expect(sha256(readFileSync(dataFile))).toBe(before);
    expect(storage.current().profile.name).toBe('Saved');
  });

  it('keeps the file private to the user', () => {
    const { storage, loaded, dataFile } = loadedStorage();
    storage.replaceSection({ section: 'profile', value: named(loaded.document.profile, 'Private') });
    storage.flush();
    if (process.platform !== 'win32') expect(statSync(dataFile).mode & 0o077).toBe(0);
  });

  it('takes no backup of a fresh start, then a recent backup at most every five minutes as saves go on', () => {
    let now = new Date(2026, 10, 21, 14, 0, 0);
    const { storage, loaded } = loadedStorage(() => now);
    // Nothing was read from disk, so there is nothing to back up yet (issue 16.4).
    expect(existsSync(storage.paths.backupsDirectory)).toBe(false);
    const recentCount = () =>
      readdirSync(storage.paths.backupsDirectory).filter((n) => n.startsWith('recent-')).length;
    for (let minute = 1; minute <= 12; minute += 1) {
      now = addMinutes(new Date(2026, 10, 21, 14, 0, 0), minute);
      storage.replaceSection({ section: 'profile', value: named(loaded.document.profile, `v${minute}`) });
      storage.flush();
    }
    // Taken at 14:01 (first save), 14:06 and 14:11.
    expect(recentCount()).toBe(3);
  });
});
