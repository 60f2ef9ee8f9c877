/**
 * Storage: what every keystroke, save and start-up costs, with a small planner and with
 * 2,000 and 20,000 applications (issue 12.3). A save is timed from the handler's call to the
 * change being durable: request check, the change checked on its own, the journal line
 * appended and fsync'd. Every 500th save compacts instead (the whole file through the safe
 * writer), which shows in p99, not in the median the target applies to.
 */
import { withExports } from '../tests/support/export-services';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMainServices } from '../main/services/main-services';
import { createAtomicDocumentWriter } from '../main/services/storage/document-writer';
import { createBackupStore } from '../main/services/storage/backup-store';
import { inspectDocumentBytes } from '../main/services/storage/inspect-document';
import { loadDocument } from '../main/services/storage/load-document';
import { createStorageService } from '../main/services/storage/storage-service';
import { storagePaths } from '../main/services/storage/storage-paths';
import { CURRENT_SCHEMA_VERSION, type PlannerDocument } from '../preload/contract/document';
import { emptySummarySection } from '../preload/contract/summary-section';
import { emptyClaimantSection } from '../preload/contract/claimant-section';
import { emptyGigSection } from '../preload/contract/gig-section';
import { emptyApplicationsSection } from '../preload/contract/applications-section';
import { emptyPathSection } from '../preload/contract/path-section';
import { emptyBudgetSection } from '../preload/contract/budget-section';
import { emptySkillsSection } from '../preload/contract/skills-section';
import { generatedApplications } from '../tests/support/generated-applications';
import type { Benchmark } from './harness';

const TODAY = '2026-11-21';

const document: PlannerDocument = {
  schemaVersion: CURRENT_SCHEMA_VERSION,
  profile: {
    name: 'Benchmark User',
    country: 'FR',
    layoffDate: '2025-09-12',
    lastPaidDay: '2025-11-30',
    previousRole: 'Generalist AI tutor',
    previousEmployer: 'xAI',
    previousMonthlyPay: { amountMinor: 420000, currency: 'EUR' },
    hoursPerWeek: 20,
    onboardedAt: '2025-12-01T09:30:00.000Z',
  },
  preferences: { language: 'fr', theme: 'dark' },
  skills: emptySkillsSection(),
  path: emptyPathSection(),
  applications: emptyApplicationsSection(),
  budget: emptyBudgetSection(),
  summary: emptySummarySection(),
  gig: emptyGigSection(),
  claimant: emptyClaimantSection(),
};
const bytes = Buffer.from(JSON.stringify(document));

const withApplications = (count: number): PlannerDocument => ({
  ...document,
  applications: { ...emptyApplicationsSection(), applications: generatedApplications(count, TODAY) },
});

const services = (prefix: string) =>
  createMainServices({
    ...withExports(mkdtempSync(join(tmpdir(), prefix))),
    createWriter: (folder) => createAtomicDocumentWriter(folder),
    openExternal: () => Promise.resolve(),
    appInfo: {
      version: 'bench',
      runtime: 'browser-preview',
      platform: process.platform,
      systemLanguage: 'en',
    },
  });

/** A planner saved with `count` applications, and a save of one edited card among them. */
function savingAmong(count: number): () => Promise<unknown> {
  const { storage, handlers } = services(`passerelle-bench-save-${count}-`);
  const planner = withApplications(count);
  storage.replaceDocument(planner);
  const { applications } = planner.applications;
  let edits = 0;
  return async () => {
    edits += 1;
    const card = applications[(edits * 7919) % applications.length];
    if (!card) return;
    await handlers['document:patch-application']({
      op: 'put',
      application: { ...card, stageId: 'interview', notes: `edit ${edits}` },
    });
    storage.saveNow();
  };
}

/** A data folder holding `planner` as a quit leaves it, plus `journalLines` saved changes. */
function folderWith(planner: PlannerDocument, journalLines: number): string {
  const { storage, loaded } = services('passerelle-bench-start-');
  storage.replaceDocument(planner);
  const { applications } = planner.applications;
  for (let line = 0; line < journalLines; line += 1) {
    const card = applications[line % applications.length];
    if (card) storage.patchApplication({ op: 'put', application: { ...card, notes: `line ${line}` } });
    storage.saveNow();
  }
  return loaded.location.dataFile.replace(/[\\/][^\\/]+$/, '');
}

const smallStart = mkdtempSync(join(tmpdir(), 'passerelle-bench-start-'));
writeFileSync(storagePaths(smallStart).dataFile, bytes);
const large = withApplications(20_000);
const largeClean = folderWith(large, 0);
const largeJournaled = folderWith(large, 200);

const storageIn = (directory: string) => createStorageService({ directory, now: () => new Date() });

const { storage: savingStorage, handlers } = services('passerelle-bench-');
let counter = 0;

export const storageBenchmarks: Benchmark[] = [
  {
    name: 'keystroke: validate a profile change in main (no disk)',
    targetMs: 1,
    run: () => {
      counter += 1;
      void handlers['document:save-section']({
        section: 'profile',
        value: { ...document.profile, name: `n${counter}` },
      });
    },
  },
  {
    name: 'save: a profile change made durable (check + journal append + fsync)',
    targetMs: 10,
    run: () => {
      counter += 1;
      savingStorage.replaceSection({
        section: 'profile',
        value: { ...document.profile, name: `n${counter}` },
      });
      savingStorage.saveNow();
    },
  },
  {
    name: 'save: one card among 2,000, handler to durable (check + journal append + fsync)',
    targetMs: 10,
    run: savingAmong(2000),
  },
  {
    name: 'save: one card among 20,000, handler to durable (check + journal append + fsync)',
    targetMs: 20,
    run: savingAmong(20_000),
  },
  { name: 'load: inspect and validate the file bytes', targetMs: 5, run: () => inspectDocumentBytes(bytes) },
  {
    name: 'start-up: storage.load() with backups check',
    targetMs: 50,
    run: () => storageIn(smallStart).load(),
  },
  {
    name: 'start-up: storage.load() of 20,000 applications after a quit (read, depth, parse, validate)',
    targetMs: 300,
    run: () => storageIn(largeClean).load(),
  },
  {
    name: 'start-up: 20,000 applications + 200 journal lines (read, depth, parse, validate, replay)',
    targetMs: 300,
    run: () => {
      const paths = storagePaths(largeJournaled);
      const outcome = loadDocument(paths, createBackupStore(paths.backupsDirectory), new Date());
      if (outcome.journal.replayed !== 200) throw new Error('the journal was not replayed');
    },
  },
];
