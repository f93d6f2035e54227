import { TENANT_HOST } from './bench-api.ts';
import type { ChildRpc } from './child-rpc.ts';
import type { Published } from './live-publishing.ts';
import type { ConnectResult, Receipt } from './live-viewers.ts';
import { percentile } from './percentile.ts';
import type { MemorySample } from './server-memory.ts';

export type Schedule = { paced: { count: number; intervalMs: number }; burst: number };

/** The figures of one broadcaster with one audience size. */
export type RunResult = {
  server: 'api' | 'bare';
  viewers: number;
  connectS: number;
  /** Publish (commit) to receipt by the last viewer, over the paced events. */
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** The same from just before the publishing transaction began, so including it. */
  p99FromTxStartMs: number;
  commitP50Ms: number;
  burstDeliveriesPerS: number;
  burstDeliveries: number;
  burstMs: number;
  kbPerConn: number;
  heapKbPerConn: number;
  /** Deliveries that never arrived, and viewers the server cut, over both phases. */
  missing: number;
  cut: number;
  /** Share of one core each process used during the burst (and the wait for its delivery). */
  serverBusy: number;
  viewersBusy: number;
  /** The paced events' figures one by one, so that rounds can be summed up exactly. */
  samples: { fromCommitMs: number[]; fromStartMs: number[]; commitMs: number[] };
};

type Taken = { receipts: Receipt[]; cut: number; open: number; busy: number };

/**
 * One broadcaster (a server child answering port/path/memory/paced/burst) with `count` viewers:
 * a warm-up audience first (the first stream compiles routes and queries), then memory before
 * and after the audience joins, paced events for latency, and a burst for throughput.
 */
export async function runBroadcaster(options: {
  kind: 'api' | 'bare';
  server: ChildRpc;
  viewers: ChildRpc;
  count: number;
  schedule: Schedule;
}): Promise<RunResult> {
  const { server, viewers, count, schedule } = options;
  const target = {
    port: await server.call<number>('port'),
    path: await server.call<string>('path'),
    host: TENANT_HOST,
  };

  await join(viewers, { ...target, count: 50 });
  await collect(viewers, await server.call<Published[]>('paced', { count: 3, intervalMs: 20 }), 50);
  await viewers.call('disconnect');

  const before = await server.call<MemorySample>('memory');
  const joined = await join(viewers, { ...target, count });
  const after = await server.call<MemorySample>('memory');

  const paced = await server.call<Published[]>('paced', schedule.paced);
  const pacedTaken = await collect(viewers, paced, count);
  await server.call('busy');
  const burst = await server.call<Published[]>('burst', { count: schedule.burst });
  const burstTaken = await collect(viewers, burst, count);
  const serverBusy = await server.call<number>('busy');
  await viewers.call('disconnect');

  const latency = latencies(paced, pacedTaken.receipts, count);
  const throughput = burstFigures(burst, burstTaken.receipts, count);
  const commitMs = paced.map((event) => Number(event.committed - event.t) / 1e6);
  return {
    server: options.kind,
    viewers: count,
    connectS: joined.ms / 1000,
    p50Ms: percentile(latency.fromCommit, 0.5),
    p99Ms: percentile(latency.fromCommit, 0.99),
    maxMs: Math.max(...latency.fromCommit),
    p99FromTxStartMs: percentile(latency.fromStart, 0.99),
    commitP50Ms: percentile(commitMs, 0.5),
    burstDeliveriesPerS: throughput.deliveriesPerS,
    burstDeliveries: throughput.deliveries,
    burstMs: throughput.ms,
    kbPerConn: (after.rss - before.rss) / count / 1024,
    heapKbPerConn: (after.heapUsed - before.heapUsed) / count / 1024,
    missing: latency.missing + throughput.missing,
    cut: pacedTaken.cut + burstTaken.cut,
    serverBusy,
    viewersBusy: burstTaken.busy,
    samples: { fromCommitMs: latency.fromCommit, fromStartMs: latency.fromStart, commitMs },
  };
}

async function join(
  viewers: ChildRpc,
  options: { port: number; path: string; host: string; count: number },
): Promise<ConnectResult> {
  // 200 at a time: an audience arriving within seconds, under the listen backlog.
  const result = await viewers.call<ConnectResult>('connect', { ...options, concurrency: 200 });
  if (result.connected !== options.count) {
    throw new Error(`${result.connected} of ${options.count} viewers connected: ${result.error}`);
  }
  return result;
}

const DELIVERY_TIMEOUT_MS = 60_000;

/** Waits until every viewer has every published event (or a minute passed), then takes all. */
async function collect(viewers: ChildRpc, published: Published[], count: number): Promise<Taken> {
  const ids = new Set(published.map((event) => event.id));
  const deadline = performance.now() + DELIVERY_TIMEOUT_MS;
  while (performance.now() < deadline) {
    const seen = await viewers.call<{ id: number; count: number }[]>('peek');
    const complete = seen.filter((receipt) => ids.has(receipt.id) && receipt.count >= count);
    if (complete.length === ids.size) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const taken = await viewers.call<Taken>('take');
  for (const receipt of taken.receipts) {
    const event = published.find((candidate) => candidate.id === receipt.id);
    // The payload's time must be the publisher's: otherwise the ids were matched wrongly.
    if (event && receipt.t !== event.t)
      throw new Error(`event ${receipt.id}: payload time differs`);
  }
  return { ...taken, receipts: taken.receipts.filter((receipt) => ids.has(receipt.id)) };
}

function latencies(published: Published[], receipts: Receipt[], count: number) {
  const byId = new Map(receipts.map((receipt) => [receipt.id, receipt]));
  const fromCommit: number[] = [];
  const fromStart: number[] = [];
  let missing = 0;
  for (const event of published) {
    const receipt = byId.get(event.id);
    if (!receipt) continue;
    fromCommit.push(Number(receipt.last - event.committed) / 1e6);
    fromStart.push(Number(receipt.last - event.t) / 1e6);
    missing += Math.max(0, count - receipt.count);
  }
  missing += (published.length - byId.size) * count;
  return { fromCommit, fromStart, missing };
}

function burstFigures(published: Published[], receipts: Receipt[], count: number) {
  const deliveries = receipts.reduce((sum, receipt) => sum + receipt.count, 0);
  const first = published[0]?.t ?? 0n;
  const last = receipts.reduce(
    // biome-ignore lint/complexity/useMathMinMax: these are bigints, which Math.max does not take
    (latest, receipt) => (receipt.last > latest ? receipt.last : latest),
    first,
  );
  const ms = Number(last - first) / 1e6;
  const missing = published.length * count - deliveries;
  return { deliveriesPerS: deliveries / (ms / 1000), deliveries, ms, missing };
}

/**
 * Several rounds of one broadcaster with one audience, summed up: deliveries over the bursts'
 * total time, percentiles over every paced event, the most memory per connection of any round.
 */
export function combineRounds(rounds: readonly RunResult[]): RunResult {
  const first = rounds[0];
  if (!first) throw new Error('no rounds to combine');
  const all = (pick: (r: RunResult) => number[]) => rounds.flatMap(pick);
  const fromCommitMs = all((r) => r.samples.fromCommitMs);
  const fromStartMs = all((r) => r.samples.fromStartMs);
  const commitMs = all((r) => r.samples.commitMs);
  const sum = (pick: (r: RunResult) => number) => rounds.reduce((total, r) => total + pick(r), 0);
  const burstMs = sum((r) => r.burstMs);
  const burstDeliveries = sum((r) => r.burstDeliveries);
  // CPU shares weighted by each burst's length.
  const share = (pick: (r: RunResult) => number) => sum((r) => pick(r) * r.burstMs) / burstMs;
  return {
    server: first.server,
    viewers: first.viewers,
    connectS: sum((r) => r.connectS) / rounds.length,
    p50Ms: percentile(fromCommitMs, 0.5),
    p99Ms: percentile(fromCommitMs, 0.99),
    maxMs: Math.max(...fromCommitMs),
    p99FromTxStartMs: percentile(fromStartMs, 0.99),
    commitP50Ms: percentile(commitMs, 0.5),
    burstDeliveriesPerS: burstDeliveries / (burstMs / 1000),
    burstDeliveries,
    burstMs,
    kbPerConn: Math.max(...rounds.map((r) => r.kbPerConn)),
    heapKbPerConn: Math.max(...rounds.map((r) => r.heapKbPerConn)),
    missing: sum((r) => r.missing),
    cut: sum((r) => r.cut),
    serverBusy: share((r) => r.serverBusy),
    viewersBusy: share((r) => r.viewersBusy),
    samples: { fromCommitMs, fromStartMs, commitMs },
  };
}
