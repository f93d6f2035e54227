import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The PostgreSQL server the benchmarks create their databases on. */
export const serverUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

/**
 * Runs `work` with the URL of a new, empty database `bench_<name>_<random>` on the server, and
 * drops it afterwards whatever happened, so that runs never see each other's rows.
 */
export async function withBenchDatabase<T>(
  name: string,
  work: (databaseUrl: string) => Promise<T>,
): Promise<T> {
  const database = `bench_${name}_${randomBytes(4).toString('hex')}`;
  await admin(`CREATE DATABASE "${database}"`);
  try {
    const url = new URL(serverUrl);
    url.pathname = `/${database}`;
    return await work(url.toString());
  } finally {
    await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  }
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
