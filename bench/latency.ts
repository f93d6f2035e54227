/** Latency figures of one scenario, in milliseconds. */
export type LatencySummary = { n: number; p50: number; p95: number; max: number };

/** Nearest-rank percentiles: p95 of 200 samples is the 190th smallest, a value actually seen. */
export function summarise(samples: number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
  return { n: sorted.length, p50: rank(0.5), p95: rank(0.95), max: sorted.at(-1) ?? Number.NaN };
}

export const round = (ms: number) => Math.round(ms * 10) / 10;

/** Runs `request` `warmup` times unmeasured, then `count` times one after another. */
export async function measure(
  request: () => Promise<void>,
  options: { warmup: number; count: number },
): Promise<LatencySummary> {
  for (let i = 0; i < options.warmup; i++) await request();

  const samples: number[] = [];
  for (let i = 0; i < options.count; i++) {
    const started = performance.now();
    await request();
    samples.push(performance.now() - started);
  }
  return summarise(samples);
}

export function formatTable(rows: { name: string; summary: LatencySummary; note?: string }[]) {
  const header = ['scenario', 'n', 'p50 ms', 'p95 ms', 'max ms', ''];
  const lines = rows.map(({ name, summary, note }) => [
    name,
    String(summary.n),
    round(summary.p50).toFixed(1),
    round(summary.p95).toFixed(1),
    round(summary.max).toFixed(1),
    note ?? '',
  ]);
  const widths = header.map((_, column) =>
    Math.max(...[header, ...lines].map((line) => (line[column] ?? '').length)),
  );
  const format = (line: string[]) =>
    line
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [format(header), ...lines.map(format)].join('\n');
}
