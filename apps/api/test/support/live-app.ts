import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { manualClock } from '../../src/core/clock.ts';
import { type Database, openDatabase } from '../../src/db/database.ts';
import { livePlugin } from '../../src/modules/live/plugin.ts';
import { seedReferenceData } from '../../src/seed/reference-data.ts';
import { TEST_PASSWORD } from './staff.ts';
import { hostOf, type TestApp } from './test-app.ts';
import { createTestDatabase } from './test-database.ts';

/** A TestApp that also listens on 127.0.0.1, for clients that need a real socket. */
export type LiveApp = TestApp & { port: number };

/**
 * `count` app instances on one fresh database, each listening on a port of its own. On
 * PostgreSQL each instance opens its own pool and its own LISTEN connection, as separate
 * processes would; PGlite is one database per process, so there the instances share it.
 */
export async function startLiveApps(
  count: number,
  options: { clock?: ReturnType<typeof manualClock>; env?: Record<string, string> } = {},
): Promise<{
  apps: LiveApp[];
  close(): Promise<void>;
}> {
  const database = await createTestDatabase();
  const databases: Database[] = [];
  const apps: LiveApp[] = [];
  const clock = options.clock ?? manualClock(new Date('2026-12-27T03:00:00Z'));

  const openOne = async () => {
    const db = await openDatabase({
      databaseUrl: database.databaseUrl,
      dataDir: database.dataDir,
      migrate: false,
    });
    databases.push(db);
    return db;
  };
  const shared = await openOne();
  await seedReferenceData(shared.prisma);

  for (let index = 0; index < count; index++) {
    const db = index === 0 || !database.databaseUrl ? shared : await openOne();
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      QUESTION_RATE_LIMIT: '1000',
      LOGIN_RATE_LIMIT: '1000',
      ...options.env,
      ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}),
    });
    const logLines: string[] = [];
    const logStream = new PassThrough();
    logStream.on('data', (chunk: Buffer) => logLines.push(chunk.toString('utf8')));
    const app = await buildApp({ config, prisma: db.prisma, clock, logStream });
    await registerLiveOnce(app);
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('no port');

    apps.push({
      app,
      prisma: db.prisma,
      clock,
      config,
      port: address.port,
      logs: () => logLines.join(''),
      close: () => app.close().then(() => undefined),
    });
  }

  return {
    apps,
    close: async () => {
      for (const live of apps) await live.app.close();
      for (const db of databases) await db.close();
      await database.drop();
    },
  };
}

// buildApp does not register the live plugin yet; once it does, registering it again here would
// declare its routes twice.
async function registerLiveOnce(app: FastifyInstance) {
  if (!app.hasRoute({ method: 'GET', url: '/api/exchanges/:id/events' })) {
    await app.register(livePlugin);
  }
}

/** The Cookie header of a signed-in staff member, for requests made outside inject. */
export async function staffCookie(t: TestApp, slug: string, email: string): Promise<string> {
  const csrf = await t.app.inject({
    method: 'GET',
    url: '/api/auth/csrf',
    headers: { host: hostOf(slug) },
  });
  const jar = new Map(csrf.cookies.map((cookie) => [cookie.name, cookie.value]));
  const login = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: {
      host: hostOf(slug),
      cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
      'x-csrf-token': csrf.json().csrfToken,
    },
    payload: { email, password: TEST_PASSWORD },
  });
  if (login.statusCode !== 200) throw new Error(`sign-in failed: ${login.body}`);
  for (const cookie of login.cookies) jar.set(cookie.name, cookie.value);
  return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
}
