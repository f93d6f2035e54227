import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { type Config, loadConfig } from '../../src/config.ts';
import { manualClock } from '../../src/core/clock.ts';
import { openDatabase } from '../../src/db/database.ts';
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import { seedReferenceData } from '../../src/seed/reference-data.ts';
import { createTestDatabase } from './test-database.ts';

export type TestApp = {
  app: FastifyInstance;
  prisma: PrismaClient;
  clock: ReturnType<typeof manualClock>;
  config: Config;
  /** Every log line written so far, as text. */
  logs(): string;
  close(): Promise<void>;
};

/**
 * The real app on a fresh database of its own (PGlite, or PostgreSQL when DATABASE_URL is set),
 * with the reference data and a clock the test moves. close() removes everything it made.
 */
export async function startTestApp(
  options: { now?: Date; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const db = await openDatabase({ databaseUrl: database.databaseUrl, dataDir: database.dataDir });
  await seedReferenceData(db.prisma);

  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    QUESTION_RATE_LIMIT: '1000',
    LOGIN_RATE_LIMIT: '1000',
    ...options.env,
  });
  const clock = manualClock(options.now ?? new Date('2026-12-27T03:00:00Z'));
  const logLines: string[] = [];
  const logStream = new PassThrough();
  logStream.on('data', (chunk: Buffer) => logLines.push(chunk.toString('utf8')));

  const app = await buildApp({ config, prisma: db.prisma, clock, logStream });

  return {
    app,
    prisma: db.prisma,
    clock,
    config,
    logs: () => logLines.join(''),
    close: async () => {
      await app.close();
      await db.close();
      await database.drop();
    },
  };
}

export const hostOf = (slug: string) => `${slug}.localhost`;
