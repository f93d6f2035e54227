/**
 * Question intake under a rush: durable submissions per second through the real public
 * endpoint, POST /api/exchanges/:id/questions, with 48 questions in flight, each a valid and
 * distinct question with its own Idempotency-Key, into one exchange whose intake is open, on
 * PostgreSQL. At the end the rows in "Question" must equal the 2xx answers: a receipt means
 * stored. Run with `npm run bench:intake` (add `-- --quick` for a run under a minute). It
 * creates a database of its own on the PostgreSQL server of DATABASE_URL (default
 * postgresql://postgres@127.0.0.1:5432/test) and drops it at the end.
 */
import os from 'node:os';
import { openDatabase } from '../apps/api/src/db/database.ts';
import { seedReferenceData } from '../apps/api/src/seed/reference-data.ts';
import { API_SETTINGS_NOTE, startBenchApi, TENANT_HOST } from './bench-api.ts';
import { withBenchDatabase } from './bench-database.ts';
import { ChildRpc } from './child-rpc.ts';
import { busyMeter } from './cpu-busy.ts';
import type { LoadResult } from './http-load.ts';
import { round } from './latency.ts';
import { seedLiveExchange } from './live-exchange-seed.ts';
import type { LoadSpec } from './load-worker.ts';

const quick = process.argv.includes('--quick');
const IN_FLIGHT = 48;
const plan = quick
  ? { warmupMs: 2_000, durationMs: 10_000 }
  : { warmupMs: 5_000, durationMs: 30_000 };
const TARGET_PER_S = 500;

type Run = LoadResult & { busy: number };

async function main(): Promise<void> {
  const started = performance.now();
  await withBenchDatabase('intake', async (databaseUrl) => {
    const db = await openDatabase({ databaseUrl, dataDir: os.tmpdir() });
    await seedReferenceData(db.prisma);
    const { exchangeId } = await seedLiveExchange(db.prisma, new Date());
    const { app, port } = await startBenchApi({ prisma: db.prisma, databaseUrl });
    const load = new ChildRpc(new URL('./load-worker.ts', import.meta.url));
    try {
      const spec: LoadSpec = {
        port,
        connections: IN_FLIGHT,
        durationMs: plan.durationMs,
        request: { kind: 'question', exchangeId, host: TENANT_HOST },
      };
      const warmup = await load.call<Run>('run', { ...spec, durationMs: plan.warmupMs });
      const serverBusy = busyMeter();
      const run = await load.call<Run>('run', spec);
      const busy = serverBusy();

      // Every 2xx of both runs is a receipt a citizen holds: each must be a row.
      const accepted = created(warmup) + created(run);
      const stored = await db.prisma.question.count({ where: { exchangeId } });
      const settings = await db.prisma.$queryRawUnsafe<{ name: string; setting: string }[]>(
        `SELECT name, setting FROM pg_settings WHERE name IN ('synchronous_commit', 'fsync')`,
      );
      report({ run, busy, accepted, stored, settings, started });
      if (stored !== accepted) process.exitCode = 1;
    } finally {
      await load.stop();
      await app.close();
      await db.close();
    }
  });
}

const created = (run: LoadResult) =>
  Object.entries(run.statuses)
    .filter(([status]) => status.startsWith('2'))
    .reduce((sum, [, count]) => sum + count, 0);

function report(options: {
  run: Run;
  busy: number;
  accepted: number;
  stored: number;
  settings: { name: string; setting: string }[];
  started: number;
}): void {
  const { run, accepted, stored } = options;
  const perS = created(run) / (run.elapsedMs / 1000);
  const durable = stored === accepted;

  console.log('');
  console.log(
    `Question intake, ${IN_FLIGHT} in flight for ${plan.durationMs / 1000} s after ${plan.warmupMs / 1000} s warm-up, one exchange, PostgreSQL ` +
      `(${options.settings.map(({ name, setting }) => `${name}=${setting}`).join(', ')}) (${quick ? 'quick' : 'full'} run)`,
  );
  console.log(API_SETTINGS_NOTE);
  console.log(`submitted (2xx) per second   ${perS.toFixed(1)}`);
  console.log(
    `latency p50 / p99 / max      ${run.p50Ms.toFixed(1)} / ${run.p99Ms.toFixed(1)} / ${run.maxMs.toFixed(1)} ms`,
  );
  console.log(`responses                    ${JSON.stringify(run.statuses)}`);
  console.log(
    `cpu (share of one core)      API ${options.busy.toFixed(2)}, load generator ${run.busy.toFixed(2)}`,
  );
  console.log(
    `durable: ${stored} rows in "Question" for ${accepted} 2xx answers (warm-up included): ${durable ? 'all stored' : 'MISMATCH'}`,
  );
  console.log(`target ≥ ${TARGET_PER_S}/s: ${perS >= TARGET_PER_S ? 'met' : 'NOT met'}`);
  console.log(
    JSON.stringify({
      bench: 'intake',
      per_s: round(perS),
      submitted: accepted,
      stored,
      durable,
      measured: { submitted: created(run), seconds: round(run.elapsedMs / 1000) },
      p50_ms: round(run.p50Ms),
      p99_ms: round(run.p99Ms),
      statuses: run.statuses,
      in_flight: IN_FLIGHT,
      target_per_s: TARGET_PER_S,
      cpu: { api: round(options.busy), load: round(run.busy) },
      quick,
      total_s: round((performance.now() - options.started) / 1000),
      cpus: os.cpus().length,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
