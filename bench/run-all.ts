/**
 * `npm run bench`: runs every benchmark and prints one table. Features add theirs to
 * BENCHMARKS. Speed targets live here, not in timed unit tests.
 */
import { matchingBenchmarks } from './matching.bench';
import { pathBenchmarks } from './path.bench';
import { storageBenchmarks } from './storage.bench';
import { runBenchmarks, printTable, type Benchmark } from './harness';

const BENCHMARKS: Benchmark[] = [...storageBenchmarks, ...matchingBenchmarks, ...pathBenchmarks];

const results = await runBenchmarks(BENCHMARKS);
printTable(results);
process.exitCode = results.some((result) => result.medianMs > result.targetMs) ? 1 : 0;
