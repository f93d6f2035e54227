/** Nearest-rank percentile (p in 0..1): a value actually observed; p99 of 40 samples is the max. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
}
