import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../apps/api/src/app.ts';
import { loadConfig } from '../apps/api/src/config.ts';
import type { PrismaClient } from '../apps/api/src/generated/prisma/client.ts';

/** The tenant every benchmark talks to: Hà Nội, picked by the Host header as in production. */
export const TENANT_HOST = 'hanoi.localhost';

// Far above any benchmark's volume: the limits are per client address, and every simulated
// citizen here comes from 127.0.0.1.
const LIFTED_RATE_LIMIT = '1000000000';

/** Printed by each benchmark, so that a reader knows what differs from production. */
export const API_SETTINGS_NOTE =
  'API: NODE_ENV=production, request log at info to a discarding stream, ' +
  `QUESTION/TRACK/LOGIN_RATE_LIMIT lifted to ${LIFTED_RATE_LIMIT} (all clients share 127.0.0.1)`;

/**
 * The API as production runs it (buildApp + listen on 127.0.0.1), with the request log written
 * to nowhere: its cost is measured, its lines would only drown the figures. With `databaseUrl`,
 * live streams wake on PostgreSQL LISTEN/NOTIFY, as on a real server.
 */
export async function startBenchApi(options: {
  prisma: PrismaClient;
  databaseUrl?: string;
}): Promise<{ app: FastifyInstance; port: number }> {
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    BASE_DOMAIN: 'localhost',
    DATABASE_URL: options.databaseUrl ?? '',
    QUESTION_RATE_LIMIT: LIFTED_RATE_LIMIT,
    TRACK_RATE_LIMIT: LIFTED_RATE_LIMIT,
    LOGIN_RATE_LIMIT: LIFTED_RATE_LIMIT,
  });
  const app = await buildApp({ config, prisma: options.prisma, logStream: discard() });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { app, port };
}

function discard(): Writable {
  return new Writable({ write: (_chunk, _encoding, done) => done() });
}
