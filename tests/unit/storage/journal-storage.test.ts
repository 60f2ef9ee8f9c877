import { existsSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeEntry, encodeHeader, sha256Hex } from '../../../main/services/storage/journal-format';
import { MAX_JOURNAL_ENTRIES } from '../../../main/services/storage/journal-writer';
import { writeFileSafely } from '../../../main/services/storage/safe-write';
import { createStorageService } from '../../../main/services/storage/storage-service';
import { storagePaths } from '../../../main/services/storage/storage-paths';
import { CURRENT_SCHEMA_VERSION, type Profile } from '../../../preload/contract/document';
import { application } from '../../support/applications';
import { documentWith } from '../../support/documents';
import { fixtureBytes, sha256 } from '../../support/fixtures';
import { useTempDirectories } from '../../support/temp-dir';

const tempDirectory = useTempDirectories();
const NOW = new Date(2026, 10, 21, 14, 0, 0);
afterEach(() => vi.useRealTimers());

function open(directory: string, log: string[] = []) {
  const storage = createStorageService({
    directory,
    now: () => NOW,
    log: {
      warn: (event, detail) => log.push(`${event} ${JSON.stringify(detail)}`),
      error: (event) => log.push(event),
    },
  });
  return { storage, loaded: storage.load(), paths: storagePaths(directory), log };
}

/** A planner saved once whole (as after a quit), then `names` saved one by one as changes. */
function plannerWithChanges(names: readonly string[]) {
  const directory = tempDirectory();
  const { storage, paths } = open(directory);
  storage.replaceDocument(documentWith('Start', '', 3));
  for (const name of names) {
    storage.replaceSection({ section: 'profile', value: named(storage.current().profile, name) });
    storage.saveNow();
  }
  return { directory, storage, paths };
}

const named = (profile: Profile, name: string): Profile => ({ ...profile, name });
const savedName = (file: string) =>
  (JSON.parse(readFileSync(file, 'utf8')) as { profile: Profile }).profile.name;
const journalLines = (file: string) => readFileSync(file, 'utf8').split('\n').slice(0, -1);
const quarantined = (folder: string) => (existsSync(folder) ? readdirSync(folder) : []);

describe('the journal', () => {
  it('saves a change as one appended line and leaves the data file as it was', () => {
    const { storage, paths } = plannerWithChanges([]);
    const dataFile = sha256(readFileSync(paths.dataFile));
    storage.patchApplication({ op: 'put', application: application('new-one', { organisation: 'Turing' }) });
    expect(storage.saveNow()).toMatchObject({ ok: true, value: { pending: false } });
    expect(sha256(readFileSync(paths.dataFile))).toBe(dataFile);
    const lines = journalLines(paths.journalFile);
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1] ?? '')).toMatchObject({
      seq: 1,
      change: { op: 'put', application: { id: 'new-one' } },
    });
  });

  it('is replayed at the next start: the document is the one the user had', () => {
    const { directory, storage } = plannerWithChanges(['One', 'Two']);
    storage.patchApplication({ op: 'remove', id: 'gen-1' });
    storage.saveNow();
    const again = open(directory);
    expect(again.loaded.document).toEqual(storage.current());
    expect(again.loaded.recovery).toBeNull();
    expect(again.storage.journalReport()).toMatchObject({ replayed: 3, tornTailBytes: 0, badLine: null });
  });

  it('is folded into the data file on quit, and a new one names the data file it continues', () => {
    const { directory, storage, paths } = plannerWithChanges(['One', 'Two']);
    storage.flush();
    const lines = journalLines(paths.journalFile);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ base: sha256(readFileSync(paths.dataFile)) });
    expect(JSON.parse(readFileSync(paths.dataFile, 'utf8'))).toEqual(storage.current());
    // Changes after the compaction replay on the new data file.
    storage.replaceSection({ section: 'profile', value: named(storage.current().profile, 'Three') });
    storage.saveNow();
    expect(open(directory).loaded.document.profile.name).toBe('Three');
  });

  it('is compacted when it passes its entry limit', () => {
    const names = Array.from({ length: MAX_JOURNAL_ENTRIES }, (_, i) => `n${i + 1}`);
    const { storage, paths } = plannerWithChanges(names);
    expect(journalLines(paths.journalFile)).toHaveLength(MAX_JOURNAL_ENTRIES + 1);
    storage.replaceSection({ section: 'profile', value: named(storage.current().profile, 'over') });
    storage.saveNow();
    expect(journalLines(paths.journalFile)).toHaveLength(1);
    expect(savedName(paths.dataFile)).toBe('over');
  });

  it('is folded into the data file just after a start that replayed it', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { directory } = plannerWithChanges(['One']);
    const { paths } = open(directory);
    expect(journalLines(paths.journalFile)).toHaveLength(2);
    vi.advanceTimersByTime(2000);
    expect(journalLines(paths.journalFile)).toHaveLength(1);
    expect(savedName(paths.dataFile)).toBe('One');
  });

  it('ignores a torn last line (a save cut short), reports it, and tells the user nothing', () => {
    const { directory, paths } = plannerWithChanges(['One', 'Two']);
    const unfinished = encodeEntry({ seq: 3, at: NOW.toISOString(), change: { op: 'remove', id: 'gen-0' } });
    writeFileSync(paths.journalFile, unfinished.slice(0, 30), { flag: 'a' });
    const { loaded, storage, log } = open(directory);
    expect(loaded.recovery).toBeNull();
    expect(loaded.document.profile.name).toBe('Two');
    expect(loaded.document.applications.applications).toHaveLength(3);
    expect(storage.journalReport().tornTailBytes).toBe(30);
    expect(log).toEqual([expect.stringMatching(/^journal-torn-tail-ignored {"bytes":[1-9]/)]);
    expect(quarantined(paths.quarantineDirectory)).toEqual([]);
  });

  it('keeps what comes before a bad line, quarantines the journal byte for byte, and says so', () => {
    const { directory, paths } = plannerWithChanges(['One', 'Two', 'Three']);
    const lines = journalLines(paths.journalFile);
    lines[2] = (lines[2] ?? '').replace('Two', 'Twx'); // seq 2: its checksum no longer matches
    writeFileSync(paths.journalFile, `${lines.join('\n')}\n`);
    const damaged = readFileSync(paths.journalFile);
    const { loaded, storage } = open(directory);
    expect(loaded.document.profile.name).toBe('One');
    expect(storage.journalReport()).toMatchObject({
      replayed: 1,
      badLine: { line: 3, reason: 'bad-checksum' },
    });
    expect(loaded.recovery).toMatchObject({
      reason: 'journal-damaged',
      restoredBackup: { file: paths.dataFile },
    });
    const copy = loaded.recovery?.quarantinedCopy ?? '';
    expect(copy).toMatch(/quarantine[\\/]passerelle-journal-.*-damaged\.jsonl$/);
    expect(readFileSync(copy).equals(damaged)).toBe(true);
    // The next save starts a clean journal instead of appending after the bad line.
    storage.replaceSection({ section: 'profile', value: named(loaded.document.profile, 'Four') });
    storage.saveNow();
    expect(journalLines(paths.journalFile)).toHaveLength(1);
    expect(open(directory).loaded).toMatchObject({ recovery: null, document: { profile: { name: 'Four' } } });
  });

  it('is not replayed on a data file it does not continue (compaction stopped between its two writes)', () => {
    const { directory, storage, paths } = plannerWithChanges(['One', 'Two']);
    // Step 1 of a compaction done, step 2 (the new journal) never happened.
    writeFileSafely(paths.dataFile, `${JSON.stringify(storage.current())}\n`);
    const { loaded, storage: again } = open(directory);
    expect(loaded.document).toEqual(storage.current());
    expect(loaded.recovery).toBeNull();
    expect(again.journalReport()).toMatchObject({ replayed: 0, setAside: 'stale' });
    expect(quarantined(paths.quarantineDirectory)).toEqual([expect.stringMatching(/-stale\.jsonl$/)]);
  });

  it('still checks a data file edited by hand after the journal was started: an invalid one is quarantined', () => {
    // The file the journal continues is trusted without a second schema check (its SHA-256 is
    // the journal's base); any edit changes the hash, so the edited file is checked whole.
    const { directory, storage, paths } = plannerWithChanges([]);
    const edited = { ...storage.current(), profile: { ...storage.current().profile, hoursPerWeek: 'many' } };
    writeFileSync(paths.dataFile, JSON.stringify(edited));
    const { loaded } = open(directory);
    expect(loaded.recovery?.reason).toBe('schema-invalid');
    expect(quarantined(paths.quarantineDirectory)).toContainEqual(expect.stringMatching(/schema-invalid/));
  });

  it('is reset with the data file on a restore, atomically', () => {
    const { directory, storage, paths } = plannerWithChanges(['One', 'Two']);
    const restored = documentWith('Restored', 'from a backup', 5);
    expect(storage.replaceDocument(restored).ok).toBe(true);
    const lines = journalLines(paths.journalFile);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ base: sha256(readFileSync(paths.dataFile)) });
    expect(open(directory).loaded.document).toEqual(restored);
  });

  it('from an older schema is applied before migrating, then folded into the migrated file', () => {
    const directory = tempDirectory();
    const paths = storagePaths(directory);
    const v6 = fixtureBytes('documents/v6.json');
    const profile = {
      ...(JSON.parse(v6.toString('utf8')) as { profile: Profile }).profile,
      name: 'Changed in v6',
    };
    writeFileSync(paths.dataFile, v6);
    writeFileSync(
      paths.journalFile,
      encodeHeader({ schemaVersion: 6, base: sha256Hex(v6) }) +
        encodeEntry({
          seq: 1,
          at: NOW.toISOString(),
          change: { op: 'section', section: 'profile', value: profile },
        }),
    );
    const { loaded } = open(directory);
    expect(loaded.recovery).toBeNull();
    expect(loaded.document).toMatchObject({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      profile: { name: 'Changed in v6' },
    });
    expect(JSON.parse(readFileSync(paths.dataFile, 'utf8'))).toEqual(loaded.document);
    expect(journalLines(paths.journalFile)).toHaveLength(1);
  });

  it('from an older schema that no longer validates is kept aside and the data file alone migrated', () => {
    const directory = tempDirectory();
    const paths = storagePaths(directory);
    const v6 = fixtureBytes('documents/v6.json');
    const change = { op: 'section' as const, section: 'profile', value: { name: 42 } };
    writeFileSync(paths.dataFile, v6);
    writeFileSync(
      paths.journalFile,
      encodeHeader({ schemaVersion: 6, base: sha256Hex(v6) }) +
        encodeEntry({ seq: 1, at: NOW.toISOString(), change }),
    );
    const { loaded } = open(directory);
    expect(loaded.document).toMatchObject({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      profile: { name: 'Amina Diallo' },
    });
    expect(loaded.recovery?.quarantinedCopy).toMatch(/-unmigratable\.jsonl$/);
  });

  it('is never followed when it is a symlink: a note is kept, the link removed, the target untouched', () => {
    const { directory, paths } = plannerWithChanges([]);
    const outside = join(tempDirectory(), 'elsewhere.jsonl');
    writeFileSync(outside, 'not ours\n');
    rmSync(paths.journalFile);
    symlinkSync(outside, paths.journalFile);
    const { loaded, storage } = open(directory);
    expect(loaded.document.profile.name).toBe('Start');
    expect(quarantined(paths.quarantineDirectory)).toEqual([
      expect.stringMatching(/passerelle-journal-.*-symlink\.txt$/),
    ]);
    storage.replaceSection({ section: 'profile', value: named(loaded.document.profile, 'After') });
    storage.saveNow();
    expect(readFileSync(outside, 'utf8')).toBe('not ours\n');
    expect(open(directory).loaded.document.profile.name).toBe('After');
  });

  it('that cannot be appended to (removed while running) makes the save write everything instead', () => {
    const { directory, storage, paths } = plannerWithChanges(['One']);
    rmSync(paths.journalFile);
    storage.replaceSection({ section: 'profile', value: named(storage.current().profile, 'Two') });
    expect(storage.saveNow().ok).toBe(true);
    expect(savedName(paths.dataFile)).toBe('Two');
    expect(journalLines(paths.journalFile)).toHaveLength(1);
    expect(open(directory).loaded.document).toEqual(storage.current());
  });

  it('loses no temp file at start: a journal temp file left by a crash is removed', () => {
    const { directory, paths } = plannerWithChanges([]);
    const leftover = `${paths.journalFile}.tmp-1a2b-0123abcd`;
    writeFileSync(leftover, 'half a journal');
    open(directory);
    expect(existsSync(leftover)).toBe(false);
  });
});

describe('a large planner', () => {
  it('with 20,000 applications loads as it was saved and is not quarantined for its size', () => {
    const directory = tempDirectory();
    const paths = storagePaths(directory);
    const large = documentWith('Large', '', 20_000);
    writeFileSync(paths.dataFile, `${JSON.stringify(large)}\n`);
    const { loaded } = open(directory);
    expect(loaded.recovery).toBeNull();
    expect(loaded.document.applications.applications).toHaveLength(20_000);
    expect(quarantined(paths.quarantineDirectory)).toEqual([]);
  });
});
