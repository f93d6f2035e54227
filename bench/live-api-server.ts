/**
 * Child process of bench/live.ts: the real API on PostgreSQL, one instance, whose public stream
 * the viewers follow. It publishes events as a moderator's approval does, with appendLiveEvent
 * in a transaction (insert, then NOTIFY on commit), and reports its own memory.
 * Arguments: <databaseUrl> <tenantId> <exchangeId>.
 */
import os from 'node:os';
import { PUBLIC_LIVE_EVENTS } from '@giaoluu/contracts';
import { openDatabase } from '../apps/api/src/db/database.ts';
import { appendLiveEvent } from '../apps/api/src/modules/live/live-event-store.ts';
import { startBenchApi } from './bench-api.ts';
import { answerParent } from './child-rpc.ts';
import { busyMeter } from './cpu-busy.ts';
import { livePayload, type Publish, publishBurst, publishPaced } from './live-publishing.ts';
import { sampleMemory } from './server-memory.ts';

const [databaseUrl = '', tenantId = '', exchangeId = ''] = process.argv.slice(2);
const db = await openDatabase({ databaseUrl, dataDir: os.tmpdir(), migrate: false });
const { app, port } = await startBenchApi({ prisma: db.prisma, databaseUrl });

// Only the event: what an approval writes besides (the answer row) is not the live path.
const publish: Publish = async () => {
  const t = process.hrtime.bigint();
  const id = await db.prisma.$transaction((tx) =>
    appendLiveEvent(tx, {
      tenantId,
      exchangeId,
      channel: 'public',
      type: PUBLIC_LIVE_EVENTS.answerPublished,
      payload: livePayload(t),
    }),
  );
  return { id: Number(id), t, committed: process.hrtime.bigint() };
};

answerParent({
  port: () => port,
  path: () => `/api/exchanges/${exchangeId}/events`,
  memory: sampleMemory,
  busy: busyMeter(),
  paced: (options: { count: number; intervalMs: number }) => publishPaced(publish, options),
  burst: (options: { count: number }) => publishBurst(publish, options.count),
  close: async () => {
    await app.close();
    await db.close();
  },
});
