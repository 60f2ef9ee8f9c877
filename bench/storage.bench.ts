/** Storage: what every keystroke, save and start-up costs. */
import { withExports } from '../tests/support/export-services';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { createMainServices } from '../main/services/main-services';
import { createConfWriter } from '../main/services/storage/document-writer';
import { inspectDocumentBytes } from '../main/services/storage/inspect-document';
import { createStorageService } from '../main/services/storage/storage-service';
import { storagePaths } from '../main/services/storage/storage-paths';
import { CURRENT_SCHEMA_VERSION, type PlannerDocument } from '../preload/contract/document';
import { emptySummarySection } from '../preload/contract/summary-section';
import { emptyApplicationsSection } from '../preload/contract/applications-section';
import { emptyPathSection } from '../preload/contract/path-section';
import { emptyBudgetSection } from '../preload/contract/budget-section';
import { emptySkillsSection } from '../preload/contract/skills-section';
import type { Benchmark } from './harness';

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
};
const bytes = Buffer.from(JSON.stringify(document, null, '\t'));

function storageIn(directory: string) {
  return createStorageService({
    directory,
    now: () => new Date(),
    createWriter: (folder) => createConfWriter(Conf, folder),
  });
}

const { storage: savingStorage, handlers } = createMainServices({
  ...withExports(mkdtempSync(join(tmpdir(), 'passerelle-bench-'))),
  createWriter: (folder) => createConfWriter(Conf, folder),
  openExternal: () => Promise.resolve(),
  appInfo: { version: 'bench', runtime: 'browser-preview', platform: process.platform, systemLanguage: 'en' },
});

const startupDirectory = mkdtempSync(join(tmpdir(), 'passerelle-bench-start-'));
writeFileSync(storagePaths(startupDirectory).dataFile, bytes);

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
    name: 'save: validate and write the document atomically',
    targetMs: 20,
    run: () => {
      counter += 1;
      savingStorage.replaceSection({
        section: 'profile',
        value: { ...document.profile, name: `n${counter}` },
      });
      savingStorage.flush();
    },
  },
  { name: 'load: inspect and validate the file bytes', targetMs: 5, run: () => inspectDocumentBytes(bytes) },
  {
    name: 'start-up: storage.load() with backups check',
    targetMs: 50,
    run: () => storageIn(startupDirectory).load(),
  },
];
