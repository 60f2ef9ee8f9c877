/**
 * Export benchmarks (issue 7):
 * - the PDF of a large planner (2,000 applications, 60 milestones, 36 budget months): build
 *   the summary and print it with Chromium's page.pdf(), the engine Electron's printToPDF
 *   uses. Target: under 2 s. Chromium is started once, before timing, as the app would keep
 *   its print window's engine warm; the first (cold) print is reported apart.
 * - restoring a 5 MB backup: check, safety copy, swap and atomic write. Target: under 500 ms.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createChromiumPrinter } from '../main/browser-preview/chromium-printer';
import { createRestoreService } from '../main/services/backup/restore-service';
import { createBackup } from '../main/services/backup/backup-envelope';
import { fullPlanner } from '../tests/support/full-planner';
import { nodeStorage } from '../tests/support/storage';
import { summaryOf } from '../tests/support/summary-from-document';
import type { BenchmarkResult } from './harness';

const TODAY = '2026-11-21';
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

async function pdfBenchmarks(): Promise<BenchmarkResult[]> {
  const planner = fullPlanner({ applications: 2000, milestones: 60, today: TODAY, name: 'Benchmark User' });
  const printer = createChromiumPrinter();
  try {
    const cold = await timed(async () => {
      const { html, paper } = summaryOf(planner, 'en', TODAY);
      return printer.print(html, paper);
    });
    const runs: number[] = [];
    let bytes = cold.value.length;
    for (let i = 0; i < 5; i++) {
      const run = await timed(async () => {
        const { html, paper } = summaryOf(planner, 'en', TODAY);
        return printer.print(html, paper);
      });
      runs.push(run.ms);
      bytes = run.value.length;
    }
    console.log(
      `PDF of the large planner: ${(bytes / 1024).toFixed(0)} kB; cold print ${cold.ms.toFixed(0)} ms`,
    );
    return [
      {
        name: 'export: summary → PDF, 2,000 applications, 60 milestones, 36 months',
        medianMs: median(runs),
        p99Ms: Math.max(...runs),
        samples: runs.length,
        targetMs: 2000,
      },
    ];
  } finally {
    await printer.close();
  }
}

/** A planner whose backup is about 5 MB: long notes on each application. */
function fiveMegabyteBackup(): string {
  const planner = fullPlanner({ applications: 2000, milestones: 60, today: TODAY });
  const notes = 'Follow-up call notes, rubric feedback and the next steps agreed. '.repeat(30);
  const document = {
    ...planner,
    applications: {
      ...planner.applications,
      applications: planner.applications.applications.map((a) => ({ ...a, notes: notes.slice(0, 1800) })),
    },
  };
  return createBackup(document, '0.1.0', new Date(`${TODAY}T10:00:00Z`));
}

async function restoreBenchmarks(): Promise<BenchmarkResult[]> {
  const text = fiveMegabyteBackup();
  const runs: number[] = [];
  for (let i = 0; i < 7; i++) {
    const storage = nodeStorage(mkdtempSync(join(tmpdir(), 'passerelle-bench-restore-')));
    storage.load();
    const backups = createRestoreService({ storage, appVersion: '0.1.0', now: () => new Date() });
    const run = await timed(() => backups.restore(text));
    if (!run.value.ok) throw new Error(`restore failed: ${run.value.error.message}`);
    runs.push(run.ms);
  }
  console.log(`Restore benchmark backup: ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MB`);
  return [
    {
      name: 'export: restore a 5 MB backup (check, safety copy, atomic write)',
      medianMs: median(runs),
      p99Ms: Math.max(...runs),
      samples: runs.length,
      targetMs: 500,
    },
  ];
}

export async function exportBenchmarks(): Promise<BenchmarkResult[]> {
  return [...(await restoreBenchmarks()), ...(await pdfBenchmarks())];
}
