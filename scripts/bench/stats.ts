// Small statistics for the benchmark: these machines are noisy, so figures are medians and
// percentiles, and runs are summarised by the median of their own figures.

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest-rank: the smallest value with at least p % of the samples at or below it.
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export const median = (values: readonly number[]) => percentile(values, 50);

export interface Timing {
  median: number;
  p95: number;
  samples: number;
}

export function timing(samples: readonly number[]): Timing {
  return { median: round(median(samples)), p95: round(percentile(samples, 95)), samples: samples.length };
}

/** Several runs of one measurement → the median of each figure. */
export function combineRuns(runs: readonly Timing[]): Timing {
  return {
    median: round(median(runs.map((r) => r.median))),
    p95: round(median(runs.map((r) => r.p95))),
    samples: runs.reduce((n, r) => n + r.samples, 0),
  };
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
