/**
 * Live streams at audience scale: 1,000, 5,000 and 10,000 viewers following one public exchange
 * on one API instance, and the same audience on a bare node:http broadcaster, in the same run.
 * Run with `npm run bench:live` (add `-- --quick` for 200 and 1,000 viewers, under a minute).
 * It creates a database of its own on the PostgreSQL server of DATABASE_URL (default
 * postgresql://postgres@127.0.0.1:5432/test) and drops it at the end.
 *
 * Three processes: this one orchestrates; a server (the API, or the bare broadcaster) publishes
 * and reports its memory; the viewers are raw sockets in a process of their own. A fresh server
 * process per audience size, so that memory freed by the previous audience does not hide growth.
 */
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../apps/api/src/db/database.ts';
import { seedReferenceData } from '../apps/api/src/seed/reference-data.ts';
import { apiNodeFlags } from './api-node-flags.ts';
import { API_SETTINGS_NOTE } from './bench-api.ts';
import { withBenchDatabase } from './bench-database.ts';
import { ChildRpc } from './child-rpc.ts';
import { round } from './latency.ts';
import { seedLiveExchange } from './live-exchange-seed.ts';
import { combineRounds, type RunResult, runBroadcaster, type Schedule } from './live-run.ts';
import { ensureOpenFileLimit } from './open-file-limit.ts';

const quick = process.argv.includes('--quick');
// `--audiences=500,2000` replaces the sizes, for looking closer at one of them.
const audiencesFlag = process.argv.find((arg) => arg.startsWith('--audiences='));
const AUDIENCES = audiencesFlag
  ? audiencesFlag.slice('--audiences='.length).split(',').map(Number)
  : quick
    ? [200, 1_000]
    : [1_000, 5_000, 10_000];
// A full run's p99 is taken over 200 paced events (two rounds of 100): with 80 it was the
// second-largest sample, which one slow event decided.
const SCHEDULE: Schedule = quick
  ? { paced: { count: 15, intervalMs: 200 }, burst: 20 }
  : { paced: { count: 100, intervalMs: 250 }, burst: 50 };
const TARGETS = { p99Ms: 250, ratio: 0.9, kbPerConn: 30 };
// Each audience size is measured in the order A B B A, each round with a fresh server, and the
// two rounds of a server summed up: whatever drifts during the run (other work on this shared
// machine) then weighs on both alike. Measured once each, the later round ran 6–7 % faster.
const ROUND_ORDER = ['api', 'bare', 'bare', 'api'] as const;
// `--profile`: the server processes write V8 CPU profiles here, to see where their time goes.
const PROFILE_DIR = path.join(os.tmpdir(), 'bench-live-profiles');
// Both servers run with the API's production flags (see api-node-flags.ts).
const serverFlags = [
  ...apiNodeFlags(),
  '--expose-gc',
  ...(process.argv.includes('--profile') ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []),
];

async function main(): Promise<void> {
  const started = performance.now();
  const largest = Math.max(...AUDIENCES);
  // Each viewer is a socket in the viewers' process and one in the server's.
  const fileLimit = ensureOpenFileLimit(largest + 4_096);
  log(fileLimit);

  const results = await withBenchDatabase('live', async (databaseUrl) => {
    const db = await openDatabase({ databaseUrl, dataDir: os.tmpdir() });
    const exchange = await (async () => {
      try {
        await seedReferenceData(db.prisma);
        return await seedLiveExchange(db.prisma, new Date());
      } finally {
        await db.close();
      }
    })();

    const viewers = new ChildRpc(new URL('./live-viewers.ts', import.meta.url));
    const runs: RunResult[] = [];
    try {
      for (const count of AUDIENCES) {
        const rounds: RunResult[] = [];
        for (const kind of ROUND_ORDER) {
          const file = kind === 'api' ? './live-api-server.ts' : './live-bare-server.ts';
          const server = new ChildRpc(new URL(file, import.meta.url), {
            args: [databaseUrl, exchange.tenantId, exchange.exchangeId],
            execArgv: serverFlags,
          });
          try {
            log(`${kind}: ${count} viewers…`);
            const result = await runBroadcaster({
              kind,
              server,
              viewers,
              count,
              schedule: SCHEDULE,
            });
            log(
              `${kind}: ${count} viewers: p99 ${round(result.p99Ms)} ms, ` +
                `${Math.round(result.burstDeliveriesPerS)} deliveries/s`,
            );
            rounds.push(result);
          } finally {
            await server.call('close').catch(() => {});
            await server.stop();
          }
        }
        for (const kind of ['api', 'bare'] as const) {
          runs.push(combineRounds(rounds.filter((round) => round.server === kind)));
        }
      }
    } finally {
      await viewers.stop();
    }
    return runs;
  });

  report(results, { fileLimit, started });
  if (serverFlags.includes('--cpu-prof')) log(`CPU profiles of the servers in ${PROFILE_DIR}`);
}

function report(results: RunResult[], context: { fileLimit: string; started: number }): void {
  const perAudience = AUDIENCES.map((viewers) => {
    const api = results.find((r) => r.server === 'api' && r.viewers === viewers) as RunResult;
    const bare = results.find((r) => r.server === 'bare' && r.viewers === viewers) as RunResult;
    return { viewers, api, bare, ratio: api.burstDeliveriesPerS / bare.burstDeliveriesPerS };
  });
  const last = perAudience.at(-1) as (typeof perAudience)[number];

  console.log('');
  console.log(
    `Live stream, one public exchange, one API instance on PostgreSQL (${quick ? 'quick' : 'full'} run). ` +
      `Per audience: ${SCHEDULE.paced.count} events of ~2 KB every ${SCHEDULE.paced.intervalMs} ms ` +
      `for latency, then a burst of ${SCHEDULE.burst} back to back for deliveries/s; ` +
      `servers in rounds ${ROUND_ORDER.join(', ')}, a fresh one each round, a server's rounds summed up.`,
  );
  console.log(API_SETTINGS_NOTE);
  console.log(`Node flags of both servers (those of npm run serve): ${serverFlags.join(' ')}`);
  console.log(context.fileLimit);
  console.log(
    table(
      [
        'server',
        'viewers',
        'join s',
        'p50 ms',
        'p99 ms',
        'max ms',
        'commit ms',
        'burst deliv/s',
        'KB/conn',
        'heap KB/conn',
        'missing',
        'cut',
        'srv cpu',
        'viewers cpu',
      ],
      results.map((r) => [
        r.server,
        String(r.viewers),
        r.connectS.toFixed(1),
        r.p50Ms.toFixed(1),
        r.p99Ms.toFixed(1),
        r.maxMs.toFixed(1),
        r.commitP50Ms.toFixed(1),
        String(Math.round(r.burstDeliveriesPerS)),
        r.kbPerConn.toFixed(1),
        r.heapKbPerConn.toFixed(1),
        String(r.missing),
        String(r.cut),
        r.serverBusy.toFixed(2),
        r.viewersBusy.toFixed(2),
      ]),
    ),
  );
  console.log(
    'latency: from the commit of the event (bare: from its write) to its receipt by the last viewer',
  );
  for (const { viewers, ratio } of perAudience) {
    console.log(`ratio at ${viewers} viewers (API ÷ bare burst deliveries/s): ${ratio.toFixed(2)}`);
  }
  const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
  console.log(
    `at ${last.viewers} viewers: p99 ${round(last.api.p99Ms)} ms (target ≤ ${TARGETS.p99Ms}: ${verdict(last.api.p99Ms <= TARGETS.p99Ms)}), ` +
      `ratio ${last.ratio.toFixed(2)} (target ≥ ${TARGETS.ratio}: ${verdict(last.ratio >= TARGETS.ratio)}), ` +
      `${round(last.api.kbPerConn)} KB per connection (target ≤ ${TARGETS.kbPerConn}: ${verdict(last.api.kbPerConn <= TARGETS.kbPerConn)})`,
  );

  const figures = (r: RunResult) => ({
    p50_ms: round(r.p50Ms),
    p99_ms: round(r.p99Ms),
    max_ms: round(r.maxMs),
    p99_from_tx_start_ms: round(r.p99FromTxStartMs),
    deliveries_per_s: Math.round(r.burstDeliveriesPerS),
    kb_per_conn: round(r.kbPerConn),
    heap_kb_per_conn: round(r.heapKbPerConn),
    join_s: round(r.connectS),
    missing: r.missing,
    cut: r.cut,
    burst_cpu: { server: round(r.serverBusy), viewers: round(r.viewersBusy) },
  });
  console.log(
    JSON.stringify({
      bench: 'live',
      viewers: last.viewers,
      p50_ms: round(last.api.p50Ms),
      p99_ms: round(last.api.p99Ms),
      ratio: Math.round(last.ratio * 100) / 100,
      kb_per_conn: round(last.api.kbPerConn),
      deliveries_per_s: Math.round(last.api.burstDeliveriesPerS),
      bare_deliveries_per_s: Math.round(last.bare.burstDeliveriesPerS),
      targets: { p99_ms: TARGETS.p99Ms, ratio: TARGETS.ratio, kb_per_conn: TARGETS.kbPerConn },
      quick,
      schedule: SCHEDULE,
      per_audience: perAudience.map(({ viewers, api, bare, ratio }) => ({
        viewers,
        ratio: Math.round(ratio * 100) / 100,
        api: figures(api),
        bare: figures(bare),
      })),
      total_s: round((performance.now() - context.started) / 1000),
      cpus: os.cpus().length,
    }),
  );
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((_, c) =>
    Math.max(...[header, ...rows].map((row) => (row[c] ?? '').length)),
  );
  const line = (row: string[]) =>
    row
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

const log = (line: string) => console.error(`[bench:live] ${line}`);

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
