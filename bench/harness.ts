/** A thin layer over tinybench: each benchmark names its target, the table shows both. */
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
  const rows = results.map((result) => ({
    benchmark: result.name,
    'median ms': result.medianMs.toFixed(3),
    'p99 ms': result.p99Ms.toFixed(3),
    samples: result.samples,
    'target ms': result.targetMs,
    verdict: result.medianMs <= result.targetMs ? 'ok' : 'TOO SLOW',
  }));
  console.table(rows);
}
