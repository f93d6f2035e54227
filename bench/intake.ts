/**
 * Question intake under a rush: durable submissions per second through the real public
 * endpoint, POST /api/exchanges/:id/questions, with 48 questions in flight, each a valid and
 * distinct question with its own Idempotency-Key, into one exchange whose intake is open, on
 * PostgreSQL. At the end the rows in "Question" must equal the 2xx answers: a receipt means
 * stored. Meanwhile a moderator follows the exchange's staff stream, and probe questions sent
 * every 100 ms measure how long a new question takes to reach the desk under the rush. Run with `npm run bench:intake` (add `-- --quick` for a run under a minute). It
 * creates a database of its own on the PostgreSQL server of DATABASE_URL (default
 * postgresql://postgres@127.0.0.1:5432/test) and drops it at the end.
 */
import os from 'node:os';
import { openDatabase } from '../apps/api/src/db/database.ts';
import { hashPassword } from '../apps/api/src/modules/auth/passwords.ts';
import { seedReferenceData } from '../apps/api/src/seed/reference-data.ts';
import { API_SETTINGS_NOTE, startBenchApi, TENANT_HOST } from './bench-api.ts';
import { withBenchDatabase } from './bench-database.ts';
import { ChildRpc } from './child-rpc.ts';
import { busyMeter } from './cpu-busy.ts';
import { type DeskArrivals, watchDeskArrivals } from './desk-arrivals.ts';
import type { LoadResult } from './http-load.ts';
import { round } from './latency.ts';
import { seedLiveExchange } from './live-exchange-seed.ts';
import type { LoadSpec } from './load-worker.ts';
import { StaffHttpClient } from './staff-http.ts';

const quick = process.argv.includes('--quick');
const IN_FLIGHT = 48;
const plan = quick
  ? { warmupMs: 2_000, durationMs: 10_000 }
  : { warmupMs: 5_000, durationMs: 30_000 };
const TARGET_PER_S = 500;
// The desk's promise: a new question is on every officer's screen within a second.
const TARGET_DESK_MS = 1_000;
const PROBE_INTERVAL_MS = 100;
const MODERATOR = { email: 'moderator@hanoi.bench', password: 'mat-khau-do-hieu-nang' };

type Run = LoadResult & { busy: number };

async function main(): Promise<void> {
  const started = performance.now();
  await withBenchDatabase('intake', async (databaseUrl) => {
    const db = await openDatabase({ databaseUrl, dataDir: os.tmpdir() });
    await seedReferenceData(db.prisma);
    const { tenantId, exchangeId } = await seedLiveExchange(db.prisma, new Date());
    await db.prisma.staffUser.create({
      data: {
        tenantId,
        email: MODERATOR.email,
        name: 'Lê Thu Trang',
        roles: ['moderator'],
        passwordHash: await hashPassword(MODERATOR.password),
      },
    });
    const { app, port } = await startBenchApi({ prisma: db.prisma, databaseUrl });
    const officer = new StaffHttpClient(port, TENANT_HOST);
    const load = new ChildRpc(new URL('./load-worker.ts', import.meta.url));
    try {
      const spec: LoadSpec = {
        port,
        connections: IN_FLIGHT,
        durationMs: plan.durationMs,
        request: { kind: 'question', exchangeId, host: TENANT_HOST },
      };
      await officer.signIn(MODERATOR.email, MODERATOR.password);
      const warmup = await load.call<Run>('run', { ...spec, durationMs: plan.warmupMs });
      const serverBusy = busyMeter();
      const rush = load.call<Run>('run', spec);
      const desk = await watchDeskArrivals({
        port,
        host: TENANT_HOST,
        exchangeId,
        cookie: officer.cookieHeader(),
        intervalMs: PROBE_INTERVAL_MS,
        until: rush,
      });
      const run = await rush;
      const busy = serverBusy();

      // Every 2xx of both runs and every probe is a receipt a citizen holds: each must be a row.
      const accepted = created(warmup) + created(run) + desk.accepted;
      const stored = await db.prisma.question.count({ where: { exchangeId } });
      const settings = await db.prisma.$queryRawUnsafe<{ name: string; setting: string }[]>(
        `SELECT name, setting FROM pg_settings WHERE name IN ('synchronous_commit', 'fsync')`,
      );
      report({ run, busy, accepted, stored, settings, desk, started });
      if (stored !== accepted) process.exitCode = 1;
    } finally {
      officer.close();
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
  desk: DeskArrivals;
  started: number;
}): void {
  const { run, accepted, stored, desk } = options;
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
  console.log(
    `desk arrival (a probe question every ${PROBE_INTERVAL_MS} ms, from its send to its event on a ` +
      `moderator's staff stream): p50 ${desk.p50Ms.toFixed(1)} / p99 ${desk.p99Ms.toFixed(1)} / max ` +
      `${desk.maxMs.toFixed(1)} ms, ${desk.arrived} of ${desk.sent} seen (${desk.accepted} accepted)`,
  );
  const deskMet = desk.arrived === desk.sent && desk.p99Ms <= TARGET_DESK_MS;
  console.log(`target ≥ ${TARGET_PER_S}/s: ${perS >= TARGET_PER_S ? 'met' : 'NOT met'}`);
  console.log(`target desk p99 ≤ ${TARGET_DESK_MS} ms, none lost: ${deskMet ? 'met' : 'NOT met'}`);
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
      desk: {
        p50_ms: round(desk.p50Ms),
        p99_ms: round(desk.p99Ms),
        max_ms: round(desk.maxMs),
        probes: desk.sent,
        seen: desk.arrived,
        target_p99_ms: TARGET_DESK_MS,
      },
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
