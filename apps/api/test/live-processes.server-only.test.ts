import { type ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database.ts';
import { seedReferenceData } from '../src/seed/reference-data.ts';
import { citizenQuestion, createAnsweredQuestion, createExchange } from './support/fixtures.ts';
import { eventually, openSse } from './support/live-stream.ts';
import { hostOf } from './support/test-app.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';

const API_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

type ApiProcess = { port: number; child: ChildProcess; output: () => string };

/** The API as an operator runs it, in a process of its own, on the given database. */
async function startProcess(databaseUrl: string): Promise<ApiProcess> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', 'src/main.ts'], {
    cwd: API_DIR,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DEMO: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  await eventually(() => healthy(port), 60_000).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw new Error(`API process did not start: ${String(error)}\n${output}`);
  });
  return { port, child, output: () => output };
}

function healthy(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path: '/api/health' }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function stop(api: ApiProcess | undefined): Promise<void> {
  if (!api || api.child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    api.child.once('exit', () => resolve());
    api.child.kill('SIGTERM');
  });
}

function postQuestion(port: number, exchangeId: string): Promise<number> {
  const body = JSON.stringify(citizenQuestion);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/api/exchanges/${exchangeId}/questions`,
        headers: {
          host: hostOf('hanoi'),
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'idempotency-key': crypto.randomUUID(),
        },
      },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

// Two processes can share a PostgreSQL server; the embedded database belongs to one process, so
// there this file is not run (see vitest.config.ts), and the in-process instances of
// live-instances.test.ts stand for it.
describe('two API processes on one PostgreSQL', () => {
  let database: TestDatabase;
  let first: ApiProcess | undefined;
  let second: ApiProcess | undefined;
  let exchangeId: string;
  let liveStartsAt: Date;

  beforeAll(async () => {
    database = await createTestDatabase();
    const databaseUrl = database.databaseUrl as string;
    const db = await openDatabase({ databaseUrl, dataDir: database.dataDir, migrate: false });
    try {
      await seedReferenceData(db.prisma);
      const created = await createExchange(db.prisma, {
        tenantSlug: 'hanoi',
        kind: 'announced',
        now: new Date(),
      });
      exchangeId = created.id;
      first = await startProcess(databaseUrl);
      second = await startProcess(databaseUrl);

      // Now both run: the opening is two seconds away, with one pre-answer waiting for it.
      liveStartsAt = new Date(Date.now() + 2_000);
      await db.prisma.exchange.update({ where: { id: exchangeId }, data: { liveStartsAt } });
      await createAnsweredQuestion(db.prisma, {
        exchangeId,
        publishAt: liveStartsAt,
        title: 'Thủ tục chuyển mục đích sử dụng đất',
        trackingCode: 'PROC-AAAA-AAA2',
      });
    } finally {
      await db.close();
    }
  }, 120_000);

  afterAll(async () => {
    await Promise.all([stop(first), stop(second)]);
    await database?.drop();
  });

  it('bring the opening, its pre-answer and the counters to viewers of both, each once', async () => {
    if (!first || !second) throw new Error('processes missing');
    const viewers = await Promise.all(
      [first, second].map((api) =>
        openSse({ port: api.port, path: `/api/exchanges/${exchangeId}/events` }),
      ),
    );
    // Both processes run a live clock; only one may announce, and both audiences must hear it.
    for (const viewer of viewers) {
      // Written straight to the table, the new time reaches the clocks at their next look,
      // within five seconds; an admin's edit would wake them at once.
      const [started, released] = await viewer.waitForEvents(2, 15_000);
      expect(started).toMatchObject({ event: 'exchange.changed', data: { reason: 'started' } });
      expect(released?.event).toBe('answer.published');
      expect(released?.data.item).toMatchObject({ title: 'Thủ tục chuyển mục đích sử dụng đất' });
      expect(Date.now()).toBeGreaterThanOrEqual(liveStartsAt.getTime());
    }
    expect(viewers[0]?.events.map((event) => event.id)).toEqual(
      viewers[1]?.events.map((event) => event.id),
    );

    // A question sent to the first process moves the counters on the second's page.
    expect(await postQuestion(first.port, exchangeId)).toBe(201);
    for (const viewer of viewers) {
      await eventually(
        () =>
          viewer.events.some(
            (event) => event.event === 'exchange.counters' && event.data.questions === 2,
          ),
        10_000,
      );
    }
    const announced = (viewers[1]?.events ?? []).filter(
      (event) => event.event !== 'exchange.counters',
    );
    expect(announced).toHaveLength(2);
    for (const viewer of viewers) viewer.close();
  }, 90_000);
});
