// Shared shape and helpers for benchmark modules.
export interface BenchMetric {
  name: string;
  value: number;
  target?: { text: string; test: (value: number) => boolean };
}

export const below = (limit: number, unit = ''): BenchMetric['target'] => ({ text: `< ${limit}${unit}`, test: (v) => v < limit });
export const atLeast = (limit: number, unit = ''): BenchMetric['target'] => ({ text: `>= ${limit}${unit}`, test: (v) => v >= limit });

/** The p-th percentile (0..100) of a list of samples. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

/** Milliseconds a call takes. */
export function timeMs(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}
