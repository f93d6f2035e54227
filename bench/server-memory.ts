/** What a server process holds, in bytes, measured after full garbage collections. */
export type MemorySample = { rss: number; heapUsed: number; external: number };

/**
 * Collects garbage (the process must run with --expose-gc) and samples memory. Twice, because
 * objects with finalisers (sockets, buffers) are only freed by the collection after the one
 * that finds them unreachable.
 */
export async function sampleMemory(): Promise<MemorySample> {
  const gc = globalThis.gc;
  if (!gc) throw new Error('run with --expose-gc to measure memory');
  for (let i = 0; i < 2; i++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  const usage = process.memoryUsage();
  return { rss: usage.rss, heapUsed: usage.heapUsed, external: usage.external };
}
