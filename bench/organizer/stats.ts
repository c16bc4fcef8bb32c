/** Percentiles for latency samples (nearest-rank on the sorted samples), rounded to 0.01 ms. */
export interface Summary {
  n: number;
  minMs: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
}

export const round2 = (n: number) => Math.round(n * 100) / 100;

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function summarize(samples: number[]): Summary {
  const s = [...samples].sort((a, b) => a - b);
  return {
    n: s.length,
    minMs: round2(s[0]),
    p50Ms: round2(percentile(s, 50)),
    p95Ms: round2(percentile(s, 95)),
    p99Ms: round2(percentile(s, 99)),
    maxMs: round2(s[s.length - 1]),
    meanMs: round2(s.reduce((a, b) => a + b, 0) / s.length),
  };
}
