import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import type { Driver } from './driver.ts';

/**
 * A PostgreSQL server through pg pools created here rather than by the adapter, so that they are
 * ended whatever Prisma or the schema engine did with their connections.
 */
export function openPostgresDriver(connectionString: string): Driver {
  const pool = newPool(connectionString);
  return {
    kind: 'postgres',
    clientAdapter: new PrismaPg(pool),
    withMigrationAdapter: async (work) => {
      // The engine takes Prisma's session-level advisory lock and never releases it, counting on
      // its connection to close: on the app's pool it would stay held, and the next instance to
      // migrate would time out waiting for it. So it gets one connection of its own, closed after.
      const migrationPool = newPool(connectionString, 1);
      try {
        return await work(new PrismaPg(migrationPool));
      } finally {
        await migrationPool.end();
      }
    },
    close: () => pool.end(),
  };
}

function newPool(connectionString: string, max?: number): pg.Pool {
  const pool = new pg.Pool({ connectionString, max });
  // An idle client losing its server must not crash the process; queries report their own errors.
  pool.on('error', () => {});
  return pool;
}
