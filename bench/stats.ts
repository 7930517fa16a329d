// Timing and memory helpers for the benchmark.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Value at percentile p (nearest rank) of unsorted samples. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** Milliseconds each call took. */
export function timeEach<T, R>(items: readonly T[], run: (item: T) => R): { millis: number[]; results: R[] } {
  const millis: number[] = [];
  const results: R[] = [];
  for (const item of items) {
    const started = performance.now();
    results.push(run(item));
    millis.push(performance.now() - started);
  }
  return { millis, results };
}

/** Wall time, and CPU time of the whole process (less sensitive to other processes sharing the cores). */
export async function timeAsync<R>(run: () => Promise<R>): Promise<{ millis: number; cpuMillis: number; result: R }> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = await run();
  const cpu = process.cpuUsage(cpuBefore);
  return { millis: performance.now() - started, cpuMillis: (cpu.user + cpu.system) / 1000, result };
}

// `node --expose-gc` is not needed: the flag can be set at run time, and a fresh context sees `gc`.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Heap in use after a full collection, in MB. */
export function heapUsedMb(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed / 2 ** 20;
}
