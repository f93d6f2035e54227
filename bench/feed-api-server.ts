/**
 * Child process of bench/feed.ts: the real API on PostgreSQL, one instance, serving the feed
 * the load generator asks for. It runs in a process of its own, as in production, so that it
 * shares its process with nothing of the benchmark, as the bare baseline does.
 * Arguments: <databaseUrl>.
 */
import os from 'node:os';
import { openDatabase } from '../apps/api/src/db/database.ts';
import { startBenchApi } from './bench-api.ts';
import { answerParent } from './child-rpc.ts';
import { busyMeter } from './cpu-busy.ts';

const [databaseUrl = ''] = process.argv.slice(2);
const db = await openDatabase({ databaseUrl, dataDir: os.tmpdir(), migrate: false });
const { app, port } = await startBenchApi({ prisma: db.prisma, databaseUrl });

answerParent({
  port: () => port,
  busy: busyMeter(),
  close: async () => {
    await app.close();
    await db.close();
  },
});
