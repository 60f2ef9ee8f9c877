/**
 * A thin layer over tinybench: each benchmark names its target, the table shows both. Most
 * figures are milliseconds; a few are ratios (start-up against a blank page) or sizes.
 */
import { Bench } from 'tinybench';

export interface Benchmark {
  name: string;
  /** The median (p50) must stay under this, in milliseconds. */
  targetMs: number;
  run: () => unknown;
}

export interface BenchmarkResult {
  name: string;
  medianMs: number;
  p99Ms: number;
  samples: number;
  targetMs: number;
  /** What medianMs, p99Ms and targetMs count when it is not milliseconds. */
  unit?: 'ms' | '×' | 'kB';
}

export async function runBenchmarks(benchmarks: readonly Benchmark[]): Promise<BenchmarkResult[]> {
  const bench = new Bench({ time: 400, warmupTime: 100 });
  for (const benchmark of benchmarks) bench.add(benchmark.name, benchmark.run);
  await bench.run();
  return benchmarks.map((benchmark) => {
    const result = bench.getTask(benchmark.name)?.result;
    if (result?.state !== 'completed') throw new Error(`benchmark "${benchmark.name}" did not complete`);
    return {
      name: benchmark.name,
      medianMs: result.latency.p50,
      p99Ms: result.latency.p99,
      samples: result.latency.samplesCount,
      targetMs: benchmark.targetMs,
    };
  });
}

export function printTable(results: readonly BenchmarkResult[]): void {
  const decimals = { ms: 3, '×': 2, kB: 1 } as const;
  const shown = (value: number, unit: keyof typeof decimals = 'ms') =>
    `${value.toFixed(decimals[unit])} ${unit}`;
  const rows = results.map((result) => ({
    benchmark: result.name,
    median: shown(result.medianMs, result.unit),
    p99: shown(result.p99Ms, result.unit),
    samples: result.samples,
    target: shown(result.targetMs, result.unit),
    verdict: result.medianMs <= result.targetMs ? 'ok' : (result.unit ?? 'ms') === 'ms' ? 'TOO SLOW' : 'OVER',
  }));
  console.table(rows);
}
