/**
 * `npm run bench`: runs every benchmark and prints one table. Features add theirs to
 * BENCHMARKS. Speed targets live here, not in timed unit tests.
 */
import { matchingBenchmarks } from './matching.bench';
import { pathBenchmarks } from './path.bench';
import { applicationsBenchmarks } from './applications.bench';
import { budgetBenchmarks } from './budget.bench';
import { storageBenchmarks } from './storage.bench';
import { browserApplicationsBenchmarks } from './browser-applications';
import { browserBudgetBenchmarks } from './browser-budget';
import { browserStartupBenchmarks } from './browser-startup';
import { browserSectionsBenchmarks } from './browser-sections';
import { exportBenchmarks } from './export.bench';
import { runBenchmarks, printTable, type Benchmark } from './harness';

const BENCHMARKS: Benchmark[] = [
  ...storageBenchmarks,
  ...matchingBenchmarks,
  ...pathBenchmarks,
  ...applicationsBenchmarks,
  ...budgetBenchmarks,
];

// Node benchmarks first, then the ones that drive Chromium against the built renderer.
// BENCH_ONLY=startup,sections runs only those groups (diagnosis); `npm run bench` runs all.
const GROUPS: [string, () => Promise<Awaited<ReturnType<typeof runBenchmarks>>>][] = [
  ['node', () => runBenchmarks(BENCHMARKS)],
  ['applications', browserApplicationsBenchmarks],
  ['budget', browserBudgetBenchmarks],
  ['startup', browserStartupBenchmarks],
  ['sections', browserSectionsBenchmarks],
  ['export', exportBenchmarks],
];
const only = process.env.BENCH_ONLY?.split(',');
const results = [];
for (const [name, run] of GROUPS) if (!only || only.includes(name)) results.push(...(await run()));
printTable(results);
process.exitCode = results.some((result) => result.medianMs > result.targetMs) ? 1 : 0;
