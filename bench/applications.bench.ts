/** Applications on a generated set of 2,000: save, filter and the derived views (Node). */
import { withExports } from '../tests/support/export-services';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { enGB } from 'date-fns/locale';
import { createMainServices } from '../main/services/main-services';
import { emptyApplicationsSection } from '../preload/contract/applications-section';
import { needsAttention } from '../renderer/src/domain/applications/attention';
import { appliedPerWeek, funnel, responseRate, timeInStage } from '../renderer/src/domain/applications/stats';
import { DEFAULT_QUERY, queryApplications } from '../renderer/src/domain/applications/table-query';
import { generatedApplications } from '../tests/support/generated-applications';
import type { Benchmark } from './harness';

const TODAY = '2026-11-21';
export const LARGE_SECTION = {
  ...emptyApplicationsSection(),
  applications: generatedApplications(2000, TODAY),
};
const { applications, stages } = LARGE_SECTION;

const { storage } = createMainServices({
  ...withExports(mkdtempSync(join(tmpdir(), 'passerelle-bench-applications-'))),
  openExternal: () => Promise.resolve(),
  appInfo: { version: 'bench', runtime: 'browser-preview', platform: process.platform, systemLanguage: 'en' },
});

storage.replaceSection({ section: 'applications', value: LARGE_SECTION });
storage.flush();

let counter = 0;
export const applicationsBenchmarks: Benchmark[] = [
  {
    name: 'applications: save a moved card among 2,000 (validate + journal append + fsync)',
    targetMs: 10,
    run: () => {
      counter += 1;
      const moved = applications[counter % applications.length];
      if (!moved) return;
      storage.patchApplication({ op: 'put', application: { ...moved, notes: `edit ${counter}` } });
      storage.saveNow();
    },
  },
  {
    name: 'applications: search and sort 2,000',
    targetMs: 5,
    run: () =>
      queryApplications(applications, stages, {
        ...DEFAULT_QUERY,
        search: 'mercor clinical',
        sort: 'organisation',
      }),
  },
  {
    name: 'applications: statistics and Today list for 2,000',
    targetMs: 10,
    run: () => [
      funnel(applications, stages),
      responseRate(applications),
      timeInStage(applications),
      appliedPerWeek(applications, TODAY, 8, enGB),
      needsAttention(LARGE_SECTION, TODAY),
    ],
  },
];
